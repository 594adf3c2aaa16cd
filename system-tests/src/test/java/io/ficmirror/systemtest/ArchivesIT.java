package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Mirrors as archives: every entry is accounted for (found = skipped + rejected + catalogued and indexed). */
class ArchivesIT {
    /** The sample mirror holds 5 stories, 1 error page (rejected) and 1 image (skipped). */
    private static final int STORIES = 5;

    @TempDir
    Path temp;

    @Test
    void aTarGzOfTheSampleMirrorIsImportedCompletelyAndASecondImportSendsNothing() throws Exception {
        Path tgz = temp.resolve("sample-" + unique() + ".tar.gz");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tgz)))) {
            for (Path file : sampleFiles()) {
                byte[] content = Files.readAllBytes(file);
                TarArchiveEntry entry = new TarArchiveEntry(TestStack.SAMPLE_MIRROR.relativize(file).toString());
                entry.setSize(content.length);
                out.putArchiveEntry(entry);
                ((OutputStream) out).write(content);
                out.closeArchiveEntry();
            }
        }

        JsonPath first = importAndCheck(tgz, STORIES, 1, 1);
        assertEquals(STORIES + 1, first.getLong("published"));
        JsonPath second = importAndCheck(tgz, STORIES, 1, 1);
        assertEquals(0, second.getLong("published"), second.prettify());
        assertEquals(STORIES + 1, second.getLong("unchanged"), second.prettify());
    }

    @Test
    void aZipWithAnEscapingEntryRejectsItAndImportsTheRest() throws Exception {
        Path zip = temp.resolve("sample-" + unique() + ".zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (Path file : sampleFiles()) {
                out.putArchiveEntry(new ZipArchiveEntry(TestStack.SAMPLE_MIRROR.relativize(file).toString()));
                ((OutputStream) out).write(Files.readAllBytes(file));
                out.closeArchiveEntry();
            }
            out.putArchiveEntry(new ZipArchiveEntry("../../outside.txt"));
            ((OutputStream) out).write("Title: Escape\n\nA story that wants out.".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        JsonPath status = importAndCheck(zip, STORIES, 2, 1);
        assertTrue(status.getList("rejections.reason", String.class).stream().anyMatch(r -> r.contains("leaves the archive")),
                status.prettify());
    }

    @Test
    void anMboxBecomesOneWorkPerMessage() throws Exception {
        Path mbox = temp.resolve("list-" + unique() + ".mbox");
        String post = Files.readString(TestStack.SAMPLE_MIRROR.resolve("lists/the-cartographers-apprentice.txt"));
        Files.writeString(mbox, "From mfell@example.org Tue Oct 12 23:15:42 2004\n" + post + "\n"
                + "From juniper@example.org Wed Oct 13 09:00:00 2004\n"
                + post.replace("The Cartographer's Apprentice", "The Surveyor's Daughter")
                        .replace("The first map arrived", "The second map arrived") + "\n");

        JsonPath status = importAndCheck(mbox, 2, 0, 0);
        assertEquals(2, status.getLong("found"));
    }

    @Test
    void aWarcYieldsItsPagesAndSkipsImages() throws Exception {
        Path warc = temp.resolve("crawl-" + unique() + ".warc");
        byte[] page = Files.readAllBytes(TestStack.SAMPLE_MIRROR.resolve("stories/the-winter-orchard.html"));
        try (WarcWriter writer = new WarcWriter(Files.newOutputStream(warc))) {
            writer.write(response("http://archive.example.org/works/1", "text/html; charset=UTF-8", page));
            writer.write(response("http://archive.example.org/logo.png", "image/png", new byte[] {1, 2, 3}));
        }

        JsonPath status = importAndCheck(warc, 1, 0, 1);
        assertEquals(1L, status.getMap("skippedByReason").get("not a document (image/png)") == null ? 0L
                : ((Number) status.getMap("skippedByReason").get("not a document (image/png)")).longValue(), status.prettify());
    }

    @Test
    void aChangedFileBecomesANewVersionOfTheSameWork() throws Exception {
        String archive = "changing-" + unique();
        Path mirror = Files.createDirectory(temp.resolve(archive));
        Files.writeString(mirror.resolve("kept.txt"), "Title: Kept\nAuthor: Ivy Hart\n\nThe kettle sang on the stove while the rain came down.\n");
        Files.writeString(mirror.resolve("edited.txt"), "Title: First Draft\nAuthor: Ivy Hart\n\nThe bridge was closed for the winter that year.\n");
        importAndCheck(mirror, 2, 0, 0);

        Files.writeString(mirror.resolve("edited.txt"), "Title: Second Draft\nAuthor: Ivy Hart\n\nThe bridge was closed for the winter, and then for good.\n");
        JsonPath second = importAndCheck(mirror, 2, 0, 0);

        assertEquals(1, second.getLong("published"), second.prettify());
        assertEquals(1, second.getLong("unchanged"), second.prettify());
        try (java.sql.Connection db = TestStack.postgres();
             java.sql.PreparedStatement query = db.prepareStatement(
                     "select distinct w.title from source s join work w on w.id = s.work_id where s.archive = ? order by w.title")) {
            query.setString(1, archive);
            List<String> titles = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
            assertEquals(List.of("Kept", "Second Draft"), titles);
        }
    }

    /** Imports with the command and checks every entry reached a final state, in the expected numbers. */
    private static JsonPath importAndCheck(Path mirror, int done, int rejected, int skipped) throws Exception {
        TestStack.CommandResult result = TestStack.ficmirror("import", mirror.toString());
        assertEquals(0, result.exitCode(), result::toString);
        JsonPath status = TestStack.importStatus(result.jobs().get(0));
        assertTrue(status.getBoolean("finished"), status.prettify());
        assertEquals(done, status.getLong("done"), status.prettify());
        assertEquals(rejected, status.getLong("rejected"), status.prettify());
        assertEquals(skipped, status.getLong("skipped"), status.prettify());
        assertEquals(status.getLong("found"), status.getLong("skipped") + status.getLong("rejected") + status.getLong("done"));
        return status;
    }

    private static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(TestStack.SAMPLE_MIRROR)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static WarcResponse response(String uri, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.now()).body(http).build();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
