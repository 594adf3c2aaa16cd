package io.ficmirror.search.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.DeadLetters;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.WorkCatalogued;
import io.ficmirror.contract.WorkStored;
import io.ficmirror.search.index.WorkIndex;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Keeps the index in step with works.catalogued, one bulk request per polled batch. A record with no value (a
 * tombstone) removes its work. Changes Elasticsearch refuses for a passing reason (429, 5xx) are tried again until it
 * takes them; those it refuses outright are dead-lettered with the reason (and not confirmed); while Elasticsearch
 * does not answer at all, the stream waits and loses nothing. Each indexed work is confirmed per document on works.stored.
 */
@ApplicationScoped
public class SearchProjection {
    private static final Logger LOG = Logger.getLogger(SearchProjection.class);

    @Inject
    WorkIndex index;

    @Inject
    ObjectMapper json;

    @Inject
    @Channel("works-stored")
    MutinyEmitter<Record<String, WorkStored>> stored;

    @Inject
    @Channel("search-dead-letters")
    MutinyEmitter<byte[]> deadLetters;

    @Incoming("works-catalogued")
    @Blocking
    public void onWorks(ConsumerRecords<String, WorkCatalogued> records) throws InterruptedException {
        // the last change of each work in the batch is the one that counts, as compaction would keep it
        Map<String, ConsumerRecord<String, WorkCatalogued>> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, WorkCatalogued> record : records) {
            if (record.value() == null && record.headers().lastHeader(DeadLetters.UNREADABLE_REASON) != null) {
                deadLetter(record, "the event could not be read as a WorkCatalogued (see the deserialization-failure headers)");
            } else if (record.key() == null) {
                deadLetter(record, "the event has no key (the work id)");
            } else {
                latest.remove(record.key());
                latest.put(record.key(), record);
            }
        }
        List<WorkIndex.Change> pending = latest.values().stream()
                .map(r -> new WorkIndex.Change(r.key(), r.value(), removalVersion(r))).toList();
        java.util.Set<String> refused = new java.util.HashSet<>();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<WorkIndex.Failure> failures = applyWhenElasticsearchAnswers(pending);
            List<WorkIndex.Change> retry = new ArrayList<>();
            for (WorkIndex.Failure failure : failures) {
                if (failure.retryable()) {
                    retry.add(failure.change()); // overloaded or failing for now: wait, never give a valid work up
                } else {
                    refused.add(failure.change().workId());
                    deadLetter(latest.get(failure.change().workId()), "Elasticsearch refused it: " + failure.reason());
                }
            }
            if (!retry.isEmpty()) {
                LOG.warnf("Elasticsearch asked %d works to wait (%s); trying again", retry.size(), failures.get(0).reason());
                Thread.sleep(Math.min(30_000L, 500L << Math.min(attempt, 6)));
            }
            pending = retry;
        }
        confirm(latest.values().stream().map(ConsumerRecord::value)
                .filter(w -> w != null && !refused.contains(w.workId())).toList());
    }

    private static Long removalVersion(ConsumerRecord<String, WorkCatalogued> record) {
        var header = record.value() == null ? record.headers().lastHeader(io.ficmirror.contract.Headers.VERSION) : null;
        try {
            return header == null ? null : Long.valueOf(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<WorkIndex.Failure> applyWhenElasticsearchAnswers(List<WorkIndex.Change> changes) throws InterruptedException {
        long warned = 0;
        while (true) {
            try {
                return index.apply(changes);
            } catch (IOException e) {
                if (System.currentTimeMillis() - warned > 30_000) {
                    LOG.warnf("Elasticsearch does not answer (%s); indexing waits for it and will catch up", e.getMessage());
                    warned = System.currentTimeMillis();
                }
                Thread.sleep(2000);
            }
        }
    }

    /** Tells importers, per document, that its work is in the index. */
    private void confirm(List<WorkCatalogued> works) {
        List<Uni<Void>> sends = new ArrayList<>();
        Instant now = Instant.now();
        for (WorkCatalogued work : works) {
            for (WorkCatalogued.CataloguedSource source : work.sources()) {
                sends.add(stored.send(Record.of(source.documentId(), new WorkStored(SchemaVersion.CURRENT,
                        source.documentId(), work.workId(), source.sha256(), WorkStored.SEARCH, now))));
            }
        }
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().indefinitely();
        }
    }

    private void deadLetter(ConsumerRecord<String, WorkCatalogued> record, String reason) {
        LOG.warnf("Sending %s-%d@%d (key %s) to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        byte[] original = DeadLetters.originalBytes(record, value -> {
            try {
                return json.writeValueAsBytes(value);
            } catch (IOException e) {
                return new byte[0];
            }
        });
        deadLetters.sendMessageAndAwait(Message.of(original).addMetadata(OutgoingKafkaRecordMetadata
                .<String>builder().withKey(record.key()).withHeaders(DeadLetters.headers(record, reason)).build()));
    }
}
