package io.ficmirror.search.messaging;

import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.contract.WorkStored;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;
import io.ficmirror.search.index.WorkIndex;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the index in step with works.parsed. A work that cannot be indexed goes to the dead-letter topic. */
@ApplicationScoped
public class SearchProjection {

    /** Rides out a short Elasticsearch outage (about half a minute) before giving the work up to the dead-letter topic. */
    private static final int ATTEMPTS = 5;

    @Inject
    WorkIndex index;

    @Inject
    @Channel("works-stored")
    MutinyEmitter<Record<String, WorkStored>> stored;

    @Incoming("works-parsed")
    @Blocking
    public void onWork(Work work) throws IOException, InterruptedException {
        if (work == null) {
            throw new IllegalArgumentException("the event could not be read as a Work (see the deserialization headers)");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                index.index(work);
                stored.sendAndAwait(Record.of(work.documentId(), new WorkStored(SchemaVersion.CURRENT, work.documentId(),
                        work.workId(), work.source().sha256(), WorkStored.SEARCH, Instant.now())));
                return;
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(1000L << attempt);
            }
        }
    }
}
