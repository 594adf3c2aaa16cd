package io.ficmirror.ingest.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.ficmirror.contract.ArchiveStory;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Interaction;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.efiction.EfictionDump;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** What importing an archive's database needs beyond documents: readers' pseudonym secrets and the interactions topic. */
@ApplicationScoped
public class ArchiveDatabases {
    private static final int SECRET_BYTES = 32;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    @Channel("interactions")
    MutinyEmitter<Record<String, Interaction>> interactions;

    /** The archive's pseudonym secret, made (at random) the first time the archive is imported. */
    byte[] secretOf(String archive) throws SQLException {
        byte[] fresh = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(fresh);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into archive_secret (archive, secret, created_at) values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, archive);
                insert.setBytes(2, fresh);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement query = connection.prepareStatement("select secret from archive_secret where archive = ?")) {
                query.setString(1, archive);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getBytes(1);
                }
            }
        }
    }

    byte[] storyDocument(ArchiveStory story) {
        try {
            return json.writeValueAsBytes(story);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an archive story cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Publishes a reader's interaction with the story that is document {@code documentId}; done once acknowledged. */
    Uni<Void> publish(String archive, String documentId, EfictionDump.ReaderInteraction interaction) {
        String id = ContentIds.interactionId(archive, interaction.sourceKey());
        Interaction event = new Interaction(SchemaVersion.CURRENT, id, archive, interaction.readerId(), documentId,
                ContentIds.workIdForDocument(documentId), interaction.kind(), interaction.at());
        return interactions.send(Record.of(id, event));
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
