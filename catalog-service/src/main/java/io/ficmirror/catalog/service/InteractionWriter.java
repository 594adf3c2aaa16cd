package io.ficmirror.catalog.service;

import io.ficmirror.contract.Interaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Stores readers' interactions, a batch per transaction. Idempotent: a record replaces whatever an earlier record with
 * the same id said, so replays and re-imports leave one row per interaction.
 */
@ApplicationScoped
public class InteractionWriter {
    // a replayed record equal to the stored row writes nothing (no dead row for PostgreSQL to vacuum)
    private static final String UPSERT = """
            insert into interaction (interaction_id, archive, reader_id, document_id, kind, happened_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (interaction_id) do update set archive = excluded.archive, reader_id = excluded.reader_id,
                document_id = excluded.document_id, kind = excluded.kind, happened_at = excluded.happened_at
            where (interaction.archive, interaction.reader_id, interaction.document_id, interaction.kind,
                interaction.happened_at) is distinct from (excluded.archive, excluded.reader_id, excluded.document_id,
                excluded.kind, excluded.happened_at)
            """;

    @Inject
    EntityManager entityManager;

    /** What makes the interaction impossible to store, or null when it can be. */
    public static String problem(Interaction interaction) {
        if (isBlank(interaction.interactionId()) || isBlank(interaction.archive()) || isBlank(interaction.documentId())) {
            return "the Interaction needs an interactionId, an archive and a documentId";
        }
        if (!Interaction.KINDS.contains(interaction.kind())) {
            return "the Interaction's kind \"" + interaction.kind() + "\" is not one of " + Interaction.KINDS;
        }
        return null;
    }

    @Transactional
    public CatalogChanges apply(List<Interaction> batch) {
        // Of one id's records in a batch the last counts. The driver joins batched inserts into one statement, which
        // may not touch a row twice, so each id is written once.
        Map<String, Interaction> latest = new LinkedHashMap<>();
        batch.forEach(interaction -> latest.put(interaction.interactionId(), interaction));
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (Interaction interaction : latest.values()) {
                    upsert.setString(1, interaction.interactionId());
                    upsert.setString(2, interaction.archive());
                    upsert.setString(3, interaction.readerId());
                    upsert.setString(4, interaction.documentId());
                    upsert.setString(5, interaction.kind());
                    upsert.setObject(6, interaction.at() == null ? null : interaction.at().atOffset(ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
        return CatalogChanges.NONE;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
