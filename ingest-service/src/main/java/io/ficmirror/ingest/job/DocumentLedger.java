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

    public void parsed(String documentId, String sha256) throws SQLException {
        mark(documentId, sha256, "parsed = true");
    }

    public void stored(String documentId, String sha256, String store) throws SQLException {
        mark(documentId, sha256, "parsed = true, " + ("search".equals(store) ? "indexed = true" : "catalogued = true"));
    }

    /** Rejections name the version they are about; one without a hash (unread documents) applies to any version. */
    public void rejected(String documentId, String sha256, String reason) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into document_state (document_id, sha256, rejected, reason, updated_at) values (?, ?, true, ?, ?)
                     on conflict (document_id) do update set rejected = true, reason = excluded.reason, updated_at = excluded.updated_at
                     where document_state.sha256 = excluded.sha256 or excluded.sha256 = ''""")) {
            upsert.setString(1, documentId);
            upsert.setString(2, sha256 == null ? "" : sha256);
            upsert.setString(3, reason);
            upsert.setTimestamp(4, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
    }

    private void mark(String documentId, String sha256, String assignments) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update document_state set " + assignments + ", updated_at = ? where document_id = ? and sha256 = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setString(2, documentId);
            update.setString(3, sha256);
            update.executeUpdate();
        }
    }
}
