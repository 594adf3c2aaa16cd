package io.ficmirror.parse.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.DeadLetters;
import io.ficmirror.contract.DocumentReceived;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Headers;
import io.ficmirror.contract.RejectionStage;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.parse.service.SafeParser;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Parses each raw document into exactly one event: a work on {@code works.parsed} or a rejection on
 * {@code documents.rejected}. Documents come a polled batch at a time and are parsed in parallel, one thread per
 * core (parsing is pure CPU); the batch's offsets are committed only after every event it produced is acknowledged,
 * so a crash replays documents rather than losing them. Replays produce the same ids, so they are harmless downstream.
 * An event that cannot be read at all goes to the dead-letter topic with its reason, and the stream goes on.
 */
@ApplicationScoped
public class DocumentParsing {
    private final ExecutorService parsers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            runnable -> {
                Thread thread = new Thread(runnable, "parser");
                thread.setDaemon(true);
                return thread;
            });

    @Inject
    SafeParser parser;

    @Inject
    ObjectMapper json;

    @Inject
    @Channel("works-parsed")
    MutinyEmitter<Work> works;

    @Inject
    @Channel("documents-rejected")
    MutinyEmitter<Record<String, DocumentRejected>> rejections;

    @Inject
    @Channel("parse-dead-letters")
    MutinyEmitter<byte[]> deadLetters;

    @Inject
    MeterRegistry meters;

    @Incoming("documents-raw")
    @Blocking
    public void parse(ConsumerRecords<String, DocumentReceived> records) {
        List<CompletableFuture<Uni<Void>>> parsing = new ArrayList<>();
        for (ConsumerRecord<String, DocumentReceived> record : records) {
            if (record.value() == null) {
                parsing.add(CompletableFuture.completedFuture(deadLetter(record,
                        "the event could not be read as a DocumentReceived (see the deserialization-failure headers)")));
            } else {
                parsing.add(CompletableFuture.supplyAsync(() -> parseAndSend(record.value()), parsers));
            }
        }
        List<Uni<Void>> sends = parsing.stream().map(CompletableFuture::join).toList();
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().indefinitely();
        }
    }

    private Uni<Void> parseAndSend(DocumentReceived document) {
        RawDocument raw = new RawDocument(document.documentId(), document.source(), document.mediaType(),
                document.charset(), document.content() == null ? new byte[0] : document.content());
        ParseOutcome outcome = parser.parse(raw);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            Work work = parsed.work();
            meters.counter("ficmirror.documents.parsed", "format", String.valueOf(work.sourceFormat())).increment();
            return works.sendMessage(Message.of(work).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(work.workId())
                    .withHeaders(new RecordHeaders()
                            .add(Headers.DOCUMENT_ID, document.documentId().getBytes(StandardCharsets.UTF_8))
                            .add(Headers.SHA256, document.source().sha256().getBytes(StandardCharsets.UTF_8)))
                    .build()));
        }
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
        meters.counter("ficmirror.documents.rejected", "kind", rejected.kind()).increment();
        return rejections.send(Record.of(document.documentId(), new DocumentRejected(SchemaVersion.CURRENT,
                document.documentId(), document.source(), RejectionStage.PARSE, rejected.reason(), rejected.kind(),
                Instant.now())));
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, DocumentReceived> record, String reason) {
        byte[] original = DeadLetters.originalBytes(record, value -> {
            try {
                return json.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        meters.counter("ficmirror.documents.dead-lettered").increment();
        return deadLetters.sendMessage(Message.of(original).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(DeadLetters.headers(record, reason)).build()));
    }

    @PreDestroy
    void stop() {
        parsers.shutdown();
    }
}
