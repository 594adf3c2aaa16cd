package io.ficmirror.ingest.job;

import io.agroal.api.AgroalDataSource;
import io.ficmirror.ingest.service.DocumentIntake;
import io.ficmirror.ingest.service.IngestSettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Import jobs: a mirror on the server's disk read entry by entry into the pipeline. Jobs are kept in Postgres, so
 * a job interrupted by a restart resumes where it stopped when the service starts again.
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    static final int MAX_LISTED_REJECTIONS = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DocumentLedger ledger;

    @Inject
    DocumentIntake intake;

    @Inject
    IngestSettings settings;

    @Inject
    ArchiveDatabases databases;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** Jobs run one after another: reading a mirror is I/O and broker bound, and order keeps resumption simple. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-runner"));

    private final Map<UUID, Counted> counted = new ConcurrentHashMap<>();

    void resumeUnfinished(@Observes StartupEvent startup) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select id, archive, source_path, stories_dir from import_job where status = 'reading' order by created_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                LOG.infof("Resuming import %s of %s", id, rows.getString(3));
                submit(id, rows.getString(2), Path.of(rows.getString(3)), rows.getString(4) == null ? null : Path.of(rows.getString(4)));
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        runner.shutdownNow();
    }

    public UUID start(Path path, String archive) throws SQLException {
        return start(path, archive, null);
    }

    /** @param storiesDir an eFiction archive's stories folder when {@code path} is its dump, else null */
    public UUID start(Path path, String archive, Path storiesDir) throws SQLException {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist on the ingest server");
        }
        if (storiesDir != null && !Files.isDirectory(storiesDir)) {
            throw new IllegalArgumentException(storiesDir + " is not a folder on the ingest server (files: an eFiction archive's stories folder)");
        }
        if (storiesDir != null && !io.ficmirror.efiction.EfictionDump.looksLikeOne(path)) {
            throw new IllegalArgumentException(path + " is not an eFiction dump; a stories folder (files) goes with a dump only");
        }
        UUID id = UUID.randomUUID();
        String name = archive != null && !archive.isBlank() ? archive : defaultName(path);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into import_job (id, archive, source_path, status, created_at, stories_dir) values (?, ?, ?, 'reading', ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, path.toAbsolutePath().normalize().toString());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, storiesDir == null ? null : storiesDir.toAbsolutePath().normalize().toString());
            insert.executeUpdate();
        }
        submit(id, name, path.toAbsolutePath().normalize(), storiesDir == null ? null : storiesDir.toAbsolutePath().normalize());
        return id;
    }

    /**
     * A mirror is named after its file or folder; a database dump without its extensions, so that efiction.sql and
     * efiction.sql.gz are one archive (the same documents, and its readers keep their pseudonyms).
     */
    private static String defaultName(Path path) {
        if (path.getFileName() == null) {
            return "mirror";
        }
        String name = path.getFileName().toString();
        return io.ficmirror.efiction.EfictionDump.looksLikeOne(path) ? name.replaceFirst("(?i)(\\.sql)?(\\.gz)?$", "") : name;
    }

    private void submit(UUID id, String archive, Path path, Path storiesDir) {
        runner.submit(() -> new ImportRun(id, archive, path, storiesDir, dataSource, ledger, intake, settings, databases).run());
    }

    /**
     * A job's status is served again for ten times as long as counting it took. Counting reads every entry of the
     * job (under a millisecond for small jobs, about 0.2 s at 160,000 documents), and clients watch an import by
     * asking every second or faster: without this, watching a large import cost PostgreSQL a large share of a core.
     */
    public Optional<ImportStatus> status(UUID id) throws SQLException {
        long now = System.nanoTime();
        Counted recent = counted.get(id);
        if (recent != null && now < recent.reuseUntil()) {
            return Optional.of(recent.status());
        }
        Optional<ImportStatus> status = count(id);
        long done = System.nanoTime();
        counted.values().removeIf(old -> old.reuseUntil() < done);
        status.ifPresent(current -> counted.put(id, new Counted(current, done + 10 * (done - now))));
        return status;
    }

    private record Counted(ImportStatus status, long reuseUntil) {
    }

    private Optional<ImportStatus> count(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement job = connection.prepareStatement(
                    "select archive, source_path, status, error, created_at, interactions, withheld, notes, dump_bytes, dump_read_bytes from import_job where id = ?")) {
                job.setObject(1, id);
                try (ResultSet row = job.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    ArchiveReport archiveReport = new ArchiveReport(row.getLong(6), fromJson(row.getString(7),
                            new com.fasterxml.jackson.core.type.TypeReference<Map<String, Long>>() { }, Map.of()),
                            fromJson(row.getString(8), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { }, List.of()),
                            row.getObject(9, Long.class), row.getObject(10, Long.class));
                    return Optional.of(status(connection, id, row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getTimestamp(5).toInstant(), archiveReport));
                }
            }
        }
    }

    /** What a run over an archive's database adds to its status. */
    private record ArchiveReport(long interactions, Map<String, Long> withheld, List<String> notes, Long dumpBytes,
            Long dumpBytesRead) {
    }

    private <T> T fromJson(String text, com.fasterxml.jackson.core.type.TypeReference<T> type, T none) {
        if (text == null) {
            return none;
        }
        try {
            return json.readValue(text, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an import job's report cannot be read: " + e.getMessage(), e);
        }
    }

    private ImportStatus status(Connection connection, UUID id, String archive, String sourcePath, String jobStatus,
            String error, Instant createdAt, ArchiveReport archiveReport) throws SQLException {
        long[] counts = new long[9];
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*),
                       count(*) filter (where e.outcome = 'skipped'),
                       count(*) filter (where e.outcome = 'published'),
                       count(*) filter (where e.outcome = 'unchanged'),
                       count(*) filter (where s.parsed),
                       count(*) filter (where s.catalogued),
                       count(*) filter (where s.indexed),
                       count(*) filter (where e.outcome = 'rejected' or s.rejected),
                       count(*) filter (where e.outcome <> 'rejected' and not coalesce(s.rejected, false)
                                          and s.catalogued and s.indexed)
                from import_entry e left join document_state s on s.document_id = e.document_id
                where e.job_id = ?""")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = row.getLong(i + 1);
                }
            }
        }
        Map<String, Long> skippedByReason = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select reason, count(*) from import_entry where job_id = ? and outcome = 'skipped' group by reason order by 2 desc")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    skippedByReason.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        List<ImportStatus.Rejection> rejections = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select e.path, e.document_id, coalesce(e.reason, s.reason)
                from import_entry e left join document_state s on s.document_id = e.document_id
                where e.job_id = ? and (e.outcome = 'rejected' or s.rejected) order by e.seq limit ?""")) {
            query.setObject(1, id);
            query.setInt(2, MAX_LISTED_REJECTIONS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rejections.add(new ImportStatus.Rejection(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        long found = counts[0];
        long skipped = counts[1];
        long rejected = counts[7];
        long done = counts[8];
        boolean finished = !"reading".equals(jobStatus) && found == skipped + rejected + done;
        return new ImportStatus(id, archive, sourcePath, jobStatus, error, createdAt, found, skipped, counts[2], counts[3],
                counts[4], counts[5], counts[6], rejected, done, finished, skippedByReason, rejections,
                archiveReport.interactions(), archiveReport.withheld(), archiveReport.notes(), archiveReport.dumpBytes(),
                archiveReport.dumpBytesRead());
    }
}
