package io.ficmirror.catalog.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.ficmirror.catalog.service.CatalogChanges;
import io.ficmirror.contract.DeadLetters;
import io.ficmirror.support.PassingFailures;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Writes a batch in one transaction; when that fails, tells a broken event from a broken database. While Postgres
 * cannot be reached it waits and tries again, losing nothing. When Postgres answers, the batch is written one event
 * at a time and an event that still fails goes to its dead-letter topic, with the reason in the same headers
 * SmallRye's own dead-letter handling uses.
 */
@ApplicationScoped
public class ResilientWrites {
    private static final Logger LOG = Logger.getLogger(ResilientWrites.class);
    private static final String DLQ_SUFFIX = ".catalog-dlq";

    public record Item<T>(ConsumerRecord<String, ?> record, T event) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    @Channel("catalog-dead-letters")
    MutinyEmitter<byte[]> deadLetters;

    /**
     * The records that can be written, as items; the others go to their dead-letter topic now. A record cannot be
     * written when its value could not be read ({@code eventName} says as what, "a Work"), or when {@code problem}
     * finds something wrong with it (null when nothing is).
     */
    public <V, T> List<Item<T>> writable(ConsumerRecords<String, V> records, String eventName,
            Function<V, String> problem, Function<ConsumerRecord<String, V>, T> event) {
        List<Item<T>> items = new ArrayList<>();
        for (ConsumerRecord<String, V> record : records) {
            String reason = record.value() == null
                    ? "the event could not be read as " + eventName + " (see the deserialization-failure headers)"
                    : problem.apply(record.value());
            if (reason != null) {
                deadLetter(record, reason);
            } else {
                items.add(new Item<>(record, event.apply(record)));
            }
        }
        return items;
    }

    public <T> CatalogChanges write(List<Item<T>> items, Function<List<T>, CatalogChanges> writer) {
        if (items.isEmpty()) {
            return CatalogChanges.NONE;
        }
        try {
            return writer.apply(items.stream().map(Item::event).toList());
        } catch (RuntimeException batchFailure) {
            LOG.debugf(batchFailure, "a batch of %d events failed; writing them one by one", items.size());
        }
        List<CatalogChanges> all = new ArrayList<>();
        for (Item<T> item : items) {
            try {
                all.add(PassingFailures.retry("writing " + item.record().topic() + " key " + item.record().key(),
                        () -> writeOne(item, writer)));
            } catch (SQLException | RuntimeException failure) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted while writing to PostgreSQL", failure); // shutting down
                }
                deadLetter(item.record(), describe(failure));
            }
        }
        return new CatalogChanges(
                all.stream().flatMap(c -> c.stored().stream()).toList(),
                all.stream().flatMap(c -> c.changedWorks().stream()).toList(),
                all.stream().flatMap(c -> c.removedWorks().stream()).toList());
    }

    private void deadLetter(ConsumerRecord<String, ?> record, String reason) {
        LOG.warnf("Sending %s-%d@%d (key %s) to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic() + DLQ_SUFFIX).withKey(record.key())
                .withHeaders(DeadLetters.headers(record, reason)).build();
        byte[] original = DeadLetters.originalBytes(record, value -> {
            try {
                return json.writeValueAsBytes(value);
            } catch (Exception e) {
                return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            }
        });
        deadLetters.sendMessageAndAwait(Message.of(original).addMetadata(metadata));
    }

    /**
     * A failure while PostgreSQL does not answer at all is the database's, whatever its class: it is raised again as
     * a connection failure (SQL state 08001) so that {@link PassingFailures} waits it out.
     */
    private <T> CatalogChanges writeOne(Item<T> item, Function<List<T>, CatalogChanges> writer) throws SQLException {
        try {
            return writer.apply(List.of(item.event()));
        } catch (RuntimeException failure) {
            if (!PassingFailures.isPassing(failure) && !databaseAnswers()) {
                throw new SQLTransientConnectionException("PostgreSQL does not answer", "08001", failure);
            }
            throw failure;
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : failure.getClass().getSimpleName() + ": " + message;
    }
}
