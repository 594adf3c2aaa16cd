package io.ficmirror.catalog.messaging;

import io.ficmirror.catalog.service.CatalogChanges;
import io.ficmirror.catalog.service.CatalogWriter;
import io.ficmirror.catalog.service.IncomingWork;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Work;
import io.ficmirror.contract.WorkStored;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps Postgres in step with the topics, a polled batch per transaction. An event that cannot be stored goes to the
 * dead-letter topic with its reason and the stream goes on; while Postgres is unreachable the stream waits.
 * After each write it confirms the stored documents on works.stored and publishes the changed works.
 */
@ApplicationScoped
public class CatalogProjection {

    @Inject
    CatalogWriter writer;

    @Inject
    ResilientWrites writes;

    @Inject
    FeedPublisher feed;

    @Inject
    @Channel("works-stored")
    MutinyEmitter<Record<String, WorkStored>> stored;

    @Incoming("works-parsed")
    @Blocking
    public void onWorks(ConsumerRecords<String, Work> records) {
        List<ResilientWrites.Item<IncomingWork>> items = new ArrayList<>();
        for (ConsumerRecord<String, Work> record : records) {
            String problem = record.value() == null
                    ? "the event could not be read as a Work (see the deserialization-failure headers)"
                    : IncomingWork.problem(record.value());
            if (problem != null) {
                writes.deadLetter(record, problem);
            } else {
                items.add(new ResilientWrites.Item<>(record, new IncomingWork(record.value(), Instant.ofEpochMilli(record.timestamp()))));
            }
        }
        confirm(writes.write(items, writer::applyWorks));
    }

    @Incoming("documents-rejected")
    @Blocking
    public void onRejections(ConsumerRecords<String, DocumentRejected> records) {
        List<ResilientWrites.Item<DocumentRejected>> items = new ArrayList<>();
        for (ConsumerRecord<String, DocumentRejected> record : records) {
            if (record.value() == null) {
                writes.deadLetter(record, "the event could not be read as a DocumentRejected (see the deserialization-failure headers)");
            } else {
                items.add(new ResilientWrites.Item<>(record, record.value()));
            }
        }
        confirm(writes.write(items, writer::applyRejections));
    }

    private void confirm(CatalogChanges changes) {
        if (!changes.stored().isEmpty()) {
            // a replayed event is confirmed again: that is what lets an importer finish after a crash
            io.smallrye.mutiny.Uni.join().all(changes.stored().stream()
                    .map(s -> stored.send(Record.of(s.documentId(), s))).toList())
                    .andFailFast().await().indefinitely();
        }
        if (!changes.changedWorks().isEmpty() || !changes.removedWorks().isEmpty()) {
            feed.publishPending(); // never throws: what it cannot send now, its next sweep sends
        }
    }
}
