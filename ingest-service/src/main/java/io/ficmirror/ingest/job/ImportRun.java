package io.ficmirror.ingest.job;

import io.agroal.api.AgroalDataSource;
import io.ficmirror.contract.ArchiveStory;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.efiction.EfictionDump;
import io.ficmirror.efiction.ReaderPseudonyms;
import io.ficmirror.ingest.mirror.MirrorEntry;
import io.ficmirror.ingest.mirror.MirrorLimits;
import io.ficmirror.ingest.mirror.MirrorReader;
import io.ficmirror.ingest.service.DocumentIntake;
import io.ficmirror.ingest.service.IncomingDocument;
import io.ficmirror.ingest.service.IngestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * One pass of a job over its mirror. Entries are numbered in the reader's (deterministic) order; those already
 * recorded by an earlier, interrupted pass are skipped, so a resumed job sends nothing twice that it had recorded.
 */
final class ImportRun {
    private static final Logger LOG = Logger.getLogger(ImportRun.class);
    /**
     * Documents are gathered ENTRY_BATCH entries (or IN_FLIGHT_BYTES of documents) at a time; then the ledger is
     * asked about all of them in one query and told about the new ones in one batch, they are sent without waiting
     * for each acknowledgement (so the producer can batch them), and only once every acknowledgement is in are the
     * entries recorded, so a recorded entry is always one the broker has.
     */
    private static final int ENTRY_BATCH = 200;
    private static final long IN_FLIGHT_BYTES = 64L << 20;

    private final UUID jobId;
    private final String archive;
    private final Path path;
    private final AgroalDataSource dataSource;
    private final DocumentLedger ledger;
    private final DocumentIntake intake;
    private final IngestSettings settings;
    private final Path storiesDir;
    private final ArchiveDatabases databases;
    private final List<Object[]> pendingEntries = new ArrayList<>();
    private final List<PendingDocument> pendingDocuments = new ArrayList<>();
    private final List<CompletableFuture<?>> pendingSends = new ArrayList<>();
    private long pendingBytes;
    private long seq;
    private long alreadyRecorded;

    /** @param storiesDir an eFiction archive's stories folder, when {@code path} is its dump; else null */
    ImportRun(UUID jobId, String archive, Path path, Path storiesDir, AgroalDataSource dataSource, DocumentLedger ledger,
            DocumentIntake intake, IngestSettings settings, ArchiveDatabases databases) {
        this.storiesDir = storiesDir;
        this.databases = databases;
        this.jobId = jobId;
        this.archive = archive;
        this.path = path;
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.intake = intake;
        this.settings = settings;
    }

    void run() {
        try {
            alreadyRecorded = lastRecordedSeq();
            MirrorLimits limits = new MirrorLimits(settings.maxDocumentBytes(), MirrorLimits.defaults().maxExpandedBytes(),
                    MirrorLimits.defaults().maxCompressionRatio(), MirrorLimits.defaults().maxNesting());
            if (EfictionDump.looksLikeOne(path)) {
                readDump();
            } else {
                new MirrorReader(limits).read(path, this::handle);
            }
            flush();
            finish("read", null);
            if (path.startsWith(Path.of(settings.spoolDir()).toAbsolutePath().normalize())) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.errorf(e, "Import %s of %s failed", jobId, path);
            try {
                finish("failed", e.getMessage());
            } catch (SQLException inner) {
                LOG.errorf(inner, "Could not record the failure of import %s", jobId);
            }
        }
    }

    /**
     * An eFiction archive's dump: each story becomes a document of its own (an {@link ArchiveStory}, named
     * {@code stories/SID} in its archive), so it goes through parse, catalogue and index like any page; readers' reviews and
     * favourites go to the interactions topic. Interactions are sent again when a job resumes: their ids are stable.
     */
    private void readDump() throws IOException, SQLException {
        ReaderPseudonyms pseudonyms = new ReaderPseudonyms(databases.secretOf(archive));
        EfictionDump.Report report = new EfictionDump(settings.maxDumpStatementChars()).read(path, storiesDir, pseudonyms,
                new EfictionDump.Listener() {
                    @Override
                    public void story(String storyId, ArchiveStory story) throws IOException {
                        handle(new MirrorEntry.Document(storyPath(storyId), ArchiveStory.MEDIA_TYPE, "UTF-8",
                                databases.storyDocument(story)));
                    }

                    @Override
                    public void skipped(String storyId, String reason) throws IOException {
                        handle(new MirrorEntry.Skipped(storyPath(storyId), reason));
                    }

                    private long lastRecorded;

                    @Override
                    public void reading(long bytesRead, long dumpBytes) {
                        long now = System.nanoTime();
                        if (now - lastRecorded > 1_000_000_000L || bytesRead == dumpBytes) {
                            lastRecorded = now;
                            recordDumpProgress(bytesRead, dumpBytes);
                        }
                    }

                    @Override
                    public void interaction(EfictionDump.ReaderInteraction interaction) throws IOException {
                        String documentId = ContentIds.documentId(archive, storyPath(interaction.storyId()));
                        pendingSends.add(databases.publish(archive, documentId, interaction).subscribeAsCompletionStage());
                        if (pendingSends.size() >= ENTRY_BATCH * 5) {
                            try {
                                flush();
                            } catch (SQLException e) {
                                throw new IOException("the job's records cannot be written: " + e.getMessage(), e);
                            }
                        }
                    }
                });
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update import_job set withheld = ?, notes = ?, interactions = ? where id = ?")) {
            update.setString(1, databases.toJson(report.withheld()));
            update.setString(2, databases.toJson(report.notes()));
            update.setLong(3, report.interactions());
            update.setObject(4, jobId);
            update.executeUpdate();
        }
    }

    private void recordDumpProgress(long bytesRead, long dumpBytes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update import_job set dump_bytes = ?, dump_read_bytes = ? where id = ?")) {
            update.setLong(1, dumpBytes);
            update.setLong(2, bytesRead);
            update.setObject(3, jobId);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Import %s: its progress could not be recorded (%s); the import goes on", jobId, e.getMessage());
        }
    }

    /** Not named after the dump's file, so a renamed or gzipped copy of the same archive gives the same documents. */
    private static String storyPath(String storyId) {
        return "stories/" + storyId;
    }

    private void handle(MirrorEntry entry) throws IOException {
        seq++;
        if (seq <= alreadyRecorded) {
            return;
        }
        try {
            if (entry instanceof MirrorEntry.Document document) {
                publish(document);
            } else if (entry instanceof MirrorEntry.Skipped skipped) {
                record(skipped.path(), null, "skipped", skipped.reason());
            } else if (entry instanceof MirrorEntry.Unreadable unreadable) {
                pendingSends.add(intake.rejectUnread(archive, unreadable.path(), unreadable.kind(), unreadable.reason())
                        .subscribeAsCompletionStage());
                record(unreadable.path(), ContentIds.documentId(archive, unreadable.path()), "rejected", unreadable.reason());
            }
            if (pendingEntries.size() + pendingDocuments.size() >= ENTRY_BATCH || pendingBytes >= IN_FLIGHT_BYTES) {
                flush();
            }
        } catch (SQLException e) {
            throw new IOException("the job's records cannot be written: " + e.getMessage(), e);
        }
    }

    private record PendingDocument(long seq, MirrorEntry.Document document, DocumentLedger.Version version) {
    }

    private void publish(MirrorEntry.Document document) {
        DocumentLedger.Version version = new DocumentLedger.Version(ContentIds.documentId(archive, document.path()),
                ContentIds.sha256Hex(document.content()));
        pendingDocuments.add(new PendingDocument(seq, document, version));
        pendingBytes += document.content().length;
    }

    private void record(String entryPath, String documentId, String outcome, String reason) {
        record(seq, entryPath, documentId, outcome, reason);
    }

    private void record(long entrySeq, String entryPath, String documentId, String outcome, String reason) {
        pendingEntries.add(new Object[] {entrySeq, entryPath, documentId, outcome, reason});
    }

    private void sendPendingDocuments() throws SQLException {
        List<DocumentLedger.Version> versions = pendingDocuments.stream().map(PendingDocument::version).toList();
        Set<DocumentLedger.Version> delivered = ledger.alreadyDelivered(versions);
        ledger.publishing(versions.stream().filter(v -> !delivered.contains(v)).toList());
        for (PendingDocument pending : pendingDocuments) {
            MirrorEntry.Document document = pending.document();
            String documentId = pending.version().documentId();
            if (delivered.contains(pending.version())) {
                record(pending.seq(), document.path(), documentId, "unchanged", null);
                continue;
            }
            pendingSends.add(intake.accept(new IncomingDocument(archive, document.path(), document.mediaType(),
                    document.charset(), document.content())).subscribeAsCompletionStage());
            record(pending.seq(), document.path(), documentId, "published", null);
        }
        pendingDocuments.clear();
    }

    private void flush() throws SQLException {
        sendPendingDocuments();
        CompletableFuture.allOf(pendingSends.toArray(CompletableFuture[]::new)).join();
        pendingSends.clear();
        pendingBytes = 0;
        if (pendingEntries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into import_entry (job_id, seq, path, document_id, outcome, reason) values (?, ?, ?, ?, ?, ?)"
                             + " on conflict do nothing")) {
            for (Object[] entry : pendingEntries) {
                insert.setObject(1, jobId);
                insert.setLong(2, (Long) entry[0]);
                insert.setString(3, (String) entry[1]);
                insert.setString(4, (String) entry[2]);
                insert.setString(5, (String) entry[3]);
                insert.setString(6, (String) entry[4]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        pendingEntries.clear();
    }

    private long lastRecordedSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select coalesce(max(seq), 0) from import_entry where job_id = ?")) {
            query.setObject(1, jobId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void finish(String status, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update import_job set status = ?, error = ?, read_at = ? where id = ?")) {
            update.setString(1, status);
            update.setString(2, error);
            update.setTimestamp(3, Timestamp.from(Instant.now()));
            update.setObject(4, jobId);
            update.executeUpdate();
        }
    }
}
