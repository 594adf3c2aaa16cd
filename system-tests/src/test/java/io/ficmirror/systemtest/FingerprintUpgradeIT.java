package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.catalog.dedup.FingerprintUpgrade;
import io.ficmirror.catalog.dedup.TextFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A catalogue written under the classic MinHash scheme (the schema of migrations V1 to V4, fingerprints of the old
 * form) is upgraded in a scratch database of the test stack's PostgreSQL, as migration V5 does at a service's start.
 */
class FingerprintUpgradeIT {
    private static final String DATABASE = "fingerprint_upgrade";
    private static final List<String> SCHEMA_BEFORE = List.of("V1__works_and_rejections.sql", "V2__as_written.sql",
            "V3__canonical_catalogue.sql", "V4__tombstone_version.sql");

    @Test
    void theStacksCatalogueRanTheUpgradeMigration() throws SQLException {
        try (Connection connection = TestStack.postgres(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select type, success from flyway_schema_history where version = '5'")) {
            assertTrue(row.next(), "migration V5 was not applied: Quarkus did not find the Java migration");
            assertEquals("JDBC", row.getString(1));
            assertTrue(row.getBoolean(2));
        }
    }

    @Test
    void everyFingerprintBandAndVersionIsRecomputedFromTheStoredTexts() throws Exception {
        String story = Prose.story(4242, 2000);
        String copy = story.replace("\n", " ") + " The end.";
        String part = Prose.story(777, 800);
        try (Connection connection = scratchDatabase()) {
            insertWork(connection, "work-a", null, old(1), story);
            insertSource(connection, "doc-a1", "work-a", old(1), story);
            insertSource(connection, "doc-a2", "work-a", old(2), copy);
            insertWork(connection, "work-b", "ao3:123", old(3), part);
            insertSource(connection, "doc-b1", "work-b", old(3), part);
            execute(connection, "insert into work_band (band, work_id) values (1, 'work-a'), (2, 'work-a'), (3, 'work-b')");

            connection.setAutoCommit(false);
            List<Long> progress = new ArrayList<>();
            new FingerprintUpgrade(connection, progress::add).run();
            connection.commit();

            assertEquals(List.of(3L), progress);
            assertArrayEquals(TextFingerprint.of(story).toBytes(), fingerprint(connection, "source", "document_id", "doc-a1"));
            assertArrayEquals(TextFingerprint.of(copy).toBytes(), fingerprint(connection, "source", "document_id", "doc-a2"));
            assertArrayEquals(TextFingerprint.of(part).toBytes(), fingerprint(connection, "source", "document_id", "doc-b1"));
            // a work takes the fingerprint of the source it had it from, not of its other copies
            assertArrayEquals(TextFingerprint.of(story).toBytes(), fingerprint(connection, "work", "id", "work-a"));
            assertArrayEquals(TextFingerprint.of(part).toBytes(), fingerprint(connection, "work", "id", "work-b"));
            assertEquals(new HashSet<>(TextFingerprint.of(story).bands()), bands(connection, "work-a"));
            assertEquals(Set.of(), bands(connection, "work-b"), "works assembled from parts have no bands");
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select version, changed_at > catalogued_at from work order by id")) {
                for (int i = 0; i < 2; i++) {
                    assertTrue(rows.next());
                    assertEquals(8, rows.getLong(1), "each work gets a new version, so the feed publishes it again");
                    assertTrue(rows.getBoolean(2));
                }
            }
        }
    }

    private static Connection scratchDatabase() throws SQLException, IOException {
        try (Connection admin = TestStack.postgres()) {
            execute(admin, "drop database if exists " + DATABASE);
            execute(admin, "create database " + DATABASE);
        }
        Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + (TestStack.PORT_BASE + 432) + "/" + DATABASE, "postgres", "");
        for (String migration : SCHEMA_BEFORE) {
            try (InputStream sql = FingerprintUpgrade.class.getResourceAsStream("/db/migration/" + migration)) {
                execute(connection, new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return connection;
    }

    /** A fingerprint as the old scheme stored it: any 512 bytes, distinct per source. */
    private static byte[] old(int n) {
        byte[] bytes = new byte[TextFingerprint.SIZE * Integer.BYTES];
        java.util.Arrays.fill(bytes, (byte) n);
        return bytes;
    }

    private static void insertWork(Connection connection, String id, String partKey, byte[] fingerprint, String body)
            throws SQLException {
        try (PreparedStatement work = connection.prepareStatement("insert into work (id, rating, word_count, "
                + "chapter_count, source_count, part_key, fingerprint, version, published_version, catalogued_at, changed_at) "
                + "values (?, 'General Audiences', 100, 1, 1, ?, ?, 7, 7, now() - interval '1 day', now() - interval '1 day')");
                PreparedStatement text = connection.prepareStatement("insert into work_text (work_id, body) values (?, ?)")) {
            work.setString(1, id);
            work.setString(2, partKey);
            work.setBytes(3, fingerprint);
            work.executeUpdate();
            text.setString(1, id);
            text.setString(2, body);
            text.executeUpdate();
        }
    }

    private static void insertSource(Connection connection, String documentId, String workId, byte[] fingerprint,
            String body) throws SQLException {
        try (PreparedStatement source = connection.prepareStatement("insert into source (document_id, work_id, archive, "
                + "uri, sha256, fetched_at, parser_version, source_format, fingerprint, parsed, catalogued_at) "
                + "values (?, ?, 'upgrade', ?, 'sha', now(), '1', 'test', ?, jsonb_build_object('body', ?::text), now())")) {
            source.setString(1, documentId);
            source.setString(2, workId);
            source.setString(3, "mirror/" + documentId + ".html");
            source.setBytes(4, fingerprint);
            source.setString(5, body);
            source.executeUpdate();
        }
    }

    private static byte[] fingerprint(Connection connection, String table, String key, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select fingerprint from " + table + " where " + key + " = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getBytes(1);
            }
        }
    }

    private static Set<Long> bands(Connection connection, String workId) throws SQLException {
        Set<Long> bands = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select band from work_band where work_id = ?")) {
            query.setString(1, workId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bands.add(rows.getLong(1));
                }
            }
        }
        return bands;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
