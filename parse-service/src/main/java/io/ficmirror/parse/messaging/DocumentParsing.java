package io.ficmirror.parse.messaging;

import io.ficmirror.contract.DocumentReceived;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.RejectionStage;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.parse.service.SafeParser;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.ficmirror.contract.Headers;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Parses each raw document into exactly one event: a work on {@code works.parsed} or a rejection on
 * {@code documents.rejected}. The raw record's offset is committed only after that event is acknowledged, so a
 * crash replays the document rather than losing it; replays produce the same ids, so they are harmless downstream.
 */
@ApplicationScoped
public class DocumentParsing {

    @Inject
    SafeParser parser;

    @Inject
    @Channel("works-parsed")
    MutinyEmitter<Work> works;

    @Inject
    @Channel("documents-rejected")
    MutinyEmitter<Record<String, DocumentRejected>> rejections;

    @Inject
    MeterRegistry meters;

    @Incoming("documents-raw")
    @Blocking(ordered = false)
    public void parse(DocumentReceived document) {
        if (document == null) {
            throw new IllegalArgumentException("the event could not be read as a DocumentReceived (see the deserialization headers)");
        }
        RawDocument raw = new RawDocument(document.documentId(), document.source(), document.mediaType(),
                document.charset(), document.content() == null ? new byte[0] : document.content());
        ParseOutcome outcome = parser.parse(raw);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            Work work = parsed.work();
            works.sendMessageAndAwait(Message.of(work).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(work.workId())
                    .withHeaders(new RecordHeaders()
                            .add(Headers.DOCUMENT_ID, document.documentId().getBytes(StandardCharsets.UTF_8))
                            .add(Headers.SHA256, document.source().sha256().getBytes(StandardCharsets.UTF_8)))
                    .build()));
            meters.counter("ficmirror.documents.parsed", "format", String.valueOf(work.sourceFormat())).increment();
        } else {
            ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
            rejections.sendAndAwait(Record.of(document.documentId(), new DocumentRejected(SchemaVersion.CURRENT,
                    document.documentId(), document.source(), RejectionStage.PARSE, rejected.reason(), rejected.kind(),
                    Instant.now())));
            meters.counter("ficmirror.documents.rejected", "kind", rejected.kind()).increment();
        }
    }
}
