package io.ficmirror.catalog.messaging;

import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.catalog.service.FeedRecords;
import io.ficmirror.contract.WorkCatalogued;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes works.catalogued from the work table, which is its own outbox: a work whose version is above the last
 * version published is sent, then marked. Rows are claimed with SKIP LOCKED, so replicas never send the same change
 * twice; a crash between sending and marking sends it again (consumers keep the highest version).
 */
@ApplicationScoped
public class FeedPublisher {
    private static final int PAGE = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    @Channel("works-catalogued")
    MutinyEmitter<Record<String, WorkCatalogued>> feed;

    /** Runs after every write; the schedule catches what a crash left behind. */
    @Scheduled(every = "${ficmirror.catalog.feed-sweep:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void publishPending() {
        while (QuarkusTransaction.requiringNew().call(this::publishPage) || QuarkusTransaction.requiringNew().call(this::publishTombstones)) {
            // until nothing is left
        }
    }

    private boolean publishPage() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("select id from work where published_version < version "
                + "order by changed_at limit " + PAGE + " for update skip locked").getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        List<WorkEntity> works = WorkEntity.list("id in ?1", ids);
        List<Uni<Void>> sends = new ArrayList<>();
        for (WorkEntity work : works) {
            sends.add(feed.send(Record.of(work.id, FeedRecords.of(work, true))));
        }
        Uni.join().all(sends).andFailFast().await().indefinitely();
        for (WorkEntity work : works) {
            work.publishedVersion = work.version;
        }
        return true;
    }

    private boolean publishTombstones() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("select work_id from work_tombstone order by removed_at limit "
                + PAGE + " for update skip locked").getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        List<Uni<Void>> sends = new ArrayList<>();
        for (String id : ids) {
            sends.add(feed.send(Record.of(id, (WorkCatalogued) null)));
        }
        Uni.join().all(sends).andFailFast().await().indefinitely();
        entityManager.createNativeQuery("delete from work_tombstone where work_id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        return true;
    }
}
