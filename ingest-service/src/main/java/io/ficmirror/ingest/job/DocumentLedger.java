package io.ficmirror.ingest.job;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The latest version (SHA-256) of every document ingest has published, and how far it got downstream. It is what
 * makes a second import of the same mirror publish nothing, and what job counts are made of.
 */
@ApplicationScoped
public class DocumentLedger {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Whether these exact bytes were published before and reached the parser (a version that was published but
     * never heard of again may have been lost in a crash, so it is sent again; consumers are idempotent).
     */
    public boolean alreadyDelivered(String documentId, String sha256) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from document_state where document_id = ? and sha256 = ? and (parsed or rejected)")) {
            query.setString(1, documentId);
            query.setString(2, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Recorded before the document is published, so that no feedback can arrive for a version the ledger does not
     * know. A new version resets what the old one reached downstream.
     */
    public void publishing(String documentId, String sha256) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into document_state (document_id, sha256, updated_at) values (?, ?, ?)
                     on conflict (document_id) do update set sha256 = excluded.sha256,
                         parsed = document_state.parsed and document_state.sha256 = excluded.sha256,
                         catalogued = document_state.catalogued and document_state.sha256 = excluded.sha256,
                         indexed = document_state.indexed and document_state.sha256 = excluded.sha256,
                         rejected = document_state.rejected and document_state.sha256 = excluded.sha256,
                         updated_at = excluded.updated_at""")) {
            upsert.setString(1, documentId);
            upsert.setString(2, sha256);
            upsert.setTimestamp(3, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
    }

    /** A document version as feedback names it. */
    public record Version(String documentId, String sha256) {
    }

    /** A rejection of a document version; one without a hash (an unread document) applies to any version. */
    public record Rejection(String documentId, String sha256, String reason) {
    }

    public void parsed(List<Version> versions) throws SQLException {
        mark(versions, "parsed = true");
    }

    public void stored(List<Version> versions, String store) throws SQLException {
        mark(versions, "parsed = true, " + ("search".equals(store) ? "indexed = true" : "catalogued = true"));
    }

    public void rejected(List<Rejection> rejections) throws SQLException {
        if (rejections.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into document_state (document_id, sha256, rejected, reason, updated_at) values (?, ?, true, ?, ?)
                     on conflict (document_id) do update set rejected = true, reason = excluded.reason, updated_at = excluded.updated_at
                     where document_state.sha256 = excluded.sha256 or excluded.sha256 = ''""")) {
            for (Rejection rejection : rejections) {
                upsert.setString(1, rejection.documentId());
                upsert.setString(2, rejection.sha256() == null ? "" : rejection.sha256());
                upsert.setString(3, rejection.reason());
                upsert.setTimestamp(4, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** One round trip per batch of feedback. */
    private void mark(List<Version> versions, String assignments) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update document_state set " + assignments + ", updated_at = ? where document_id = ? and sha256 = ?")) {
            for (Version version : versions) {
                update.setTimestamp(1, now);
                update.setString(2, version.documentId());
                update.setString(3, version.sha256());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
