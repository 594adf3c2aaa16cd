package io.ficmirror.catalog.messaging;

import io.ficmirror.catalog.service.Catalog;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.contract.WorkStored;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps Postgres in step with the topics. An event that cannot be stored goes to the channel's dead-letter topic. */
@ApplicationScoped
public class CatalogProjection {

    @Inject
    Catalog catalog;

    @Inject
    @Channel("works-stored")
    MutinyEmitter<Record<String, WorkStored>> stored;

    /** Stores the work, then says so; a replay says so again, which is what lets importers finish after a crash. */
    @Incoming("works-parsed")
    @Blocking
    public void onWork(Work work) {
        if (work == null) {
            throw new IllegalArgumentException("the event could not be read as a Work (see the deserialization headers)");
        }
        catalog.record(work);
        stored.sendAndAwait(Record.of(work.documentId(), new WorkStored(SchemaVersion.CURRENT, work.documentId(),
                work.workId(), work.source().sha256(), WorkStored.CATALOG, Instant.now())));
    }

    @Incoming("documents-rejected")
    @Blocking
    public void onRejection(DocumentRejected rejection) {
        if (rejection == null) {
            throw new IllegalArgumentException("the event could not be read as a DocumentRejected (see the deserialization headers)");
        }
        catalog.record(rejection);
    }
}
