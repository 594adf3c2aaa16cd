package io.ficmirror.catalog.messaging;

import io.agroal.api.AgroalDataSource;
import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.catalog.service.FeedRecords;
import io.ficmirror.contract.Headers;
import io.ficmirror.contract.WorkCatalogued;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes works.catalogued from the work table, which is its own outbox: a work whose version is above the last
 * version published is sent, then marked as published. Nothing is lost: what a crash or a Kafka outage kept from
 * being sent is found by the next sweep. A change may be sent twice (a crash between sending and marking);
 * consumers keep the highest version. Replicas take turns through a PostgreSQL advisory lock: two sweeping at once
 * could send a work's versions out of order, and the compacted topic keeps the last record it got, not the highest.
 */
@ApplicationScoped
public class FeedPublisher {
    private static final Logger LOG = Logger.getLogger(FeedPublisher.class);
    private static final int PAGE = 50;
    /** The advisory lock replicas take turns on (PostgreSQL's hashtext of this name). */
    static final String TURN_LOCK = "ficmirror.catalog.feed-publisher";

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Channel("works-catalogued")
    MutinyEmitter<Record<String, WorkCatalogued>> feed;

    /** Runs after every write that changed works; the schedule catches what a failure left behind. */
    @Scheduled(every = "${ficmirror.catalog.feed-sweep:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void publishPending() {
        try (Connection turn = dataSource.getConnection()) {
            if (!takeTurn(turn)) {
                return; // another replica is publishing; what it leaves, the next sweep takes
            }
            try {
                while (publishChanges() | publishTombstones()) {
                    // until nothing is left
                }
            } finally {
                try (var unlock = turn.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                    unlock.setString(1, TURN_LOCK);
                    unlock.execute();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not publish catalogue changes (%s); the next sweep tries again", e.getMessage());
        }
    }

    /** The session lock is held by this connection until unlocked, and released by PostgreSQL if the replica dies. */
    private static boolean takeTurn(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, TURN_LOCK);
            try (var result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private boolean publishChanges() {
        List<WorkCatalogued> changes = QuarkusTransaction.requiringNew().call(() -> {
            List<WorkEntity> works = WorkEntity.find("publishedVersion < version order by changedAt").page(0, PAGE).list();
            return FeedRecords.of(works, true);
        });
        if (changes.isEmpty()) {
            return false;
        }
        // sent outside any transaction: Kafka's callbacks run on other threads
        Uni.join().all(changes.stream().map(w -> feed.send(Record.of(w.workId(), w))).toList())
                .andFailFast().await().indefinitely();
        Map<String, Long> versions = changes.stream().collect(Collectors.toMap(WorkCatalogued::workId, WorkCatalogued::version));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (var update = connection.prepareStatement(
                        "update work set published_version = ? where id = ? and published_version < ?")) {
                    for (Map.Entry<String, Long> published : versions.entrySet()) {
                        update.setLong(1, published.getValue());
                        update.setString(2, published.getKey());
                        update.setLong(3, published.getValue());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
        });
        return true;
    }

    private boolean publishTombstones() {
        @SuppressWarnings("unchecked")
        List<Object[]> removed = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select work_id, removed_at, last_version from work_tombstone where not published order by removed_at limit " + PAGE)
                .getResultList());
        if (removed.isEmpty()) {
            return false;
        }
        Uni.join().all(removed.stream().map(r -> feed.sendMessage(Message.of(Record.of((String) r[0], (WorkCatalogued) null))
                .addMetadata(OutgoingKafkaRecordMetadata.builder().withHeaders(new RecordHeaders().add(Headers.VERSION,
                        String.valueOf(((Number) r[2]).longValue()).getBytes(StandardCharsets.UTF_8))).build()))).toList())
                .andFailFast().await().indefinitely();
        QuarkusTransaction.requiringNew().run(() -> removed.forEach(r -> entityManager
                .createNativeQuery("update work_tombstone set published = true where work_id = ?1 and removed_at = ?2")
                .setParameter(1, r[0]).setParameter(2, r[1]).executeUpdate()));
        return true;
    }
}
