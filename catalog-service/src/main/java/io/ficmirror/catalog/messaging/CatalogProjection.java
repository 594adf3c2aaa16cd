package io.ficmirror.catalog.messaging;

import io.ficmirror.catalog.service.CatalogChanges;
import io.ficmirror.catalog.service.CatalogWriter;
import io.ficmirror.catalog.service.IncomingWork;
import io.ficmirror.catalog.service.InteractionWriter;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Interaction;
import io.ficmirror.contract.Work;
import io.ficmirror.contract.WorkStored;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps Postgres in step with the topics (works, rejections, readers' interactions), a polled batch per transaction.
 * An event that cannot be stored goes to the dead-letter topic with its reason and the stream goes on; while Postgres
 * is unreachable the stream waits. After each write of works or rejections it confirms the stored documents on
 * works.stored and publishes the changed works.
 */
@ApplicationScoped
public class CatalogProjection {

    @Inject
    CatalogWriter writer;

    @Inject
    InteractionWriter interactionWriter;

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
        confirm(writes.write(writes.writable(records, "a Work", IncomingWork::problem,
                record -> new IncomingWork(record.value(), Instant.ofEpochMilli(record.timestamp()))), writer::applyWorks));
    }

    @Incoming("documents-rejected")
    @Blocking
    public void onRejections(ConsumerRecords<String, DocumentRejected> records) {
        confirm(writes.write(writes.writable(records, "a DocumentRejected", rejected -> null, ConsumerRecord::value),
                writer::applyRejections));
    }

    @Incoming("interactions")
    @Blocking
    public void onInteractions(ConsumerRecords<String, Interaction> records) {
        // interactions change no work: there is nothing to confirm or publish
        writes.write(writes.writable(records, "an Interaction", InteractionWriter::problem, ConsumerRecord::value),
                interactionWriter::apply);
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
