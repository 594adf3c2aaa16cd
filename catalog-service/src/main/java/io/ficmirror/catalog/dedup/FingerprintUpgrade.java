package io.ficmirror.catalog.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Recomputes every stored fingerprint under the current {@link TextFingerprint#SCHEME}, inside the caller's
 * transaction: each source's from its stored text, each work's from its primary source (the source whose old
 * fingerprint the work carried), the bands of works not assembled from parts, and a new version for every work so the
 * feed publishes the new fingerprints. Plain JDBC, so the schema migration can run it before Hibernate starts.
 */
public final class FingerprintUpgrade {
    private static final int BATCH = 500;

    private final Connection connection;
    private final LongConsumer progress;

    /** @param progress told the number of sources done after each batch */
    public FingerprintUpgrade(Connection connection, LongConsumer progress) {
        this.connection = connection;
        this.progress = progress;
    }

    public void run() throws SQLException {
        execute("alter table source add column next_fingerprint bytea");
        recomputeSources();
        execute("update work w set fingerprint = s.next_fingerprint from source s "
                + "where s.work_id = w.id and s.fingerprint = w.fingerprint");
        recomputeOrphanWorks();
        execute("update source set fingerprint = next_fingerprint");
        execute("alter table source drop column next_fingerprint");
        rewriteBands();
        execute("update work set version = version + 1, changed_at = now()");
    }

    private void recomputeSources() throws SQLException {
        long done = 0;
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement(
                        "update source set next_fingerprint = ? where document_id = ?")) {
            read.setFetchSize(BATCH); // a cursor: the texts are not all held at once
            try (ResultSet rows = read.executeQuery("select document_id, parsed->>'body' from source")) {
                while (rows.next()) {
                    write.setBytes(1, TextFingerprint.of(rows.getString(2)).toBytes());
                    write.setString(2, rows.getString(1));
                    write.addBatch();
                    if (++done % BATCH == 0) {
                        write.executeBatch();
                        progress.accept(done);
                    }
                }
            }
            write.executeBatch();
            progress.accept(done);
        }
    }

    /** A work whose fingerprint matches none of its sources (not expected) takes its own text's. */
    private void recomputeOrphanWorks() throws SQLException {
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("update work set fingerprint = ? where id = ?")) {
            try (ResultSet rows = read.executeQuery("select w.id, t.body from work w join work_text t on t.work_id = w.id "
                    + "where not exists (select 1 from source s where s.work_id = w.id and s.next_fingerprint = w.fingerprint)")) {
                while (rows.next()) {
                    write.setBytes(1, TextFingerprint.of(rows.getString(2)).toBytes());
                    write.setString(2, rows.getString(1));
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }

    private void rewriteBands() throws SQLException {
        execute("delete from work_band");
        int pending = 0;
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement(
                        "insert into work_band (band, work_id) values (?, ?) on conflict do nothing")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("select id, fingerprint from work where part_key is null")) {
                while (rows.next()) {
                    List<Long> bands = TextFingerprint.fromBytes(rows.getBytes(2)).bands();
                    for (long band : bands) {
                        write.setLong(1, band);
                        write.setString(2, rows.getString(1));
                        write.addBatch();
                    }
                    pending += bands.size();
                    if (pending >= BATCH * 4) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            write.executeBatch();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
