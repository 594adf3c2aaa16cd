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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The latest version (SHA-256) of every document ingest has published, and how far it got downstream. It is what
 * makes a second import of the same mirror publish nothing, and what job counts are made of.
 */
@ApplicationScoped
public class DocumentLedger {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Which of these versions were published before and reached the parser (a version that was published but never
     * heard of again may have been lost in a crash, so it is sent again; consumers are idempotent). One query for all.
     */
    public Set<Version> alreadyDelivered(List<Version> versions) throws SQLException {
        Set<Version> delivered = new HashSet<>();
        if (versions.isEmpty()) {
            return delivered;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select document_id, sha256 from document_state where document_id = any (?) and (parsed or rejected)")) {
            query.setArray(1, connection.createArrayOf("text", versions.stream().map(Version::documentId).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    delivered.add(new Version(rows.getString(1), rows.getString(2)));
                }
            }
        }
        delivered.retainAll(new HashSet<>(versions));
        return delivered;
    }

    /**
     * Recorded before the documents are published, so that no feedback can arrive for a version the ledger does not
     * know. A new version resets what the old one reached downstream. One round trip for all.
     */
    public void publishing(List<Version> versions) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into document_state (document_id, sha256, updated_at) values (?, ?, ?)
                     on conflict (document_id) do update set sha256 = excluded.sha256,
                         parsed = document_state.parsed and document_state.sha256 = excluded.sha256,
                         catalogued = document_state.catalogued and document_state.sha256 = excluded.sha256,
                         indexed = document_state.indexed and document_state.sha256 = excluded.sha256,
                         rejected = document_state.rejected and document_state.sha256 = excluded.sha256,
                         updated_at = excluded.updated_at""")) {
            for (Version version : sorted(versions, Version::documentId)) {
                upsert.setString(1, version.documentId());
                upsert.setString(2, version.sha256());
                upsert.setTimestamp(3, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
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
            for (Rejection rejection : sorted(rejections, Rejection::documentId)) {
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
            for (Version version : sorted(versions, Version::documentId)) {
                update.setTimestamp(1, now);
                update.setString(2, version.documentId());
                update.setString(3, version.sha256());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** How far a document's latest version got, as the ledger knows it. */
    public record State(String documentId, String sha256, boolean parsed, boolean catalogued, boolean indexed,
            boolean rejected) {
    }

    /** The ledger in byte order of document id after the given one, a page at a time: what ficmirror verify compares. */
    public List<State> states(String after, int limit) throws SQLException {
        List<State> states = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select document_id, sha256, parsed, catalogued, indexed, rejected "
                     + "from document_state where document_id collate \"C\" > ? order by document_id collate \"C\" limit ?")) {
            query.setString(1, after);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.add(new State(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4),
                            rows.getBoolean(5), rows.getBoolean(6)));
                }
            }
        }
        return states;
    }

    /**
     * Forgets how far these documents got (not their rejections), so the next import of their mirror sends them
     * again instead of skipping them as delivered. Returns how many the ledger knew.
     */
    public int resend(List<String> documentIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update document_state set parsed = false, "
                     + "catalogued = false, indexed = false, updated_at = ? where document_id = any (?) and not rejected")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setArray(2, connection.createArrayOf("text", documentIds.toArray()));
            return update.executeUpdate();
        }
    }

    /** The mirrors (import jobs' paths) these documents were read from: what to import again to send them. */
    public List<String> mirrorsOf(List<String> documentIds) throws SQLException {
        List<String> mirrors = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select distinct j.source_path from import_entry e "
                     + "join import_job j on j.id = e.job_id where e.document_id = any (?) order by 1")) {
            query.setArray(1, connection.createArrayOf("text", documentIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    mirrors.add(rows.getString(1));
                }
            }
        }
        return mirrors;
    }

    /**
     * A batch runs as one transaction, and the feedback consumers write at the same time: rows are always locked in
     * document id order, so two batches touching the same documents wait for each other instead of deadlocking.
     */
    private static <T> List<T> sorted(List<T> items, Function<T, String> documentId) {
        return items.stream().sorted(Comparator.comparing(documentId)).toList();
    }
}
