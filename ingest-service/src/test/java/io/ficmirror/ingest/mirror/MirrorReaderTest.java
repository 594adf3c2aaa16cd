package io.ficmirror.ingest.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class MirrorReaderTest {
    private static final MirrorLimits SMALL = new MirrorLimits(1000, 1_000_000, 50, 2);

    @TempDir
    Path temp;

    @Test
    void aFolderYieldsItsDocumentsAndSkipsItsFurnitureAndHiddenFiles() throws IOException {
        Path mirror = Files.createDirectories(temp.resolve("mirror/stories"));
        Files.writeString(mirror.resolve("one.txt"), "Title: One");
        Files.writeString(mirror.resolve("two.html"), "<p>Two</p>");
        Files.write(mirror.resolve("banner.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(temp.resolve("mirror/.htaccess"), "deny");

        List<MirrorEntry> entries = read(temp.resolve("mirror"), SMALL);

        assertEquals(List.of(
                new MirrorEntry.Skipped("stories/banner.png", "not a document (image/png)"),
                "stories/one.txt text/plain Title: One",
                "stories/two.html text/html <p>Two</p>"), describe(entries));
    }

    @Test
    void aZipRefusesEscapingPathsAndBombsAndKeepsGoing() throws IOException {
        Path zip = temp.resolve("site.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            add(out, "stories/a.txt", "A story.".getBytes(StandardCharsets.UTF_8));
            add(out, "../../etc/cron.d/evil.txt", "x".getBytes(StandardCharsets.UTF_8));
            add(out, "bomb.txt", new byte[5_000_000]);
            add(out, "style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            add(out, "stories/b.txt", "B story.".getBytes(StandardCharsets.UTF_8));
        }

        List<MirrorEntry> entries = read(zip, new MirrorLimits(10_000_000, 100_000_000, 50, 2));

        assertEquals(List.of("site.zip!/stories/a.txt text/plain A story.",
                "site.zip!/../../etc/cron.d/evil.txt unsafe-path",
                "site.zip!/bomb.txt zip-bomb",
                new MirrorEntry.Skipped("site.zip!/style.css", "not a document (text/css)"),
                "site.zip!/stories/b.txt text/plain B story."), describe(entries));
    }

    @Test
    void aTarGzIsReadAsAStreamAndOversizeDocumentsAreRejectedUnread() throws IOException {
        Path tgz = temp.resolve("list-archive.tar.gz");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tgz)))) {
            addTar(out, "2004/10/post.txt", "Subject: a post".getBytes(StandardCharsets.UTF_8));
            addTar(out, "2004/11/novel.txt", new byte[2000]);
        }

        List<MirrorEntry> entries = read(tgz, SMALL);

        assertEquals(List.of("list-archive.tar.gz!/2004/10/post.txt text/plain Subject: a post",
                "list-archive.tar.gz!/2004/11/novel.txt too-large"), describe(entries));
        assertEquals("the document has 2000 bytes, more than the limit of 1000",
                ((MirrorEntry.Unreadable) entries.get(1)).reason());
    }

    @Test
    void aDamagedTarGzKeepsWhatCameBeforeTheDamageAndSaysWhere() throws IOException {
        Path tgz = temp.resolve("damaged.tar.gz");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tgz)))) {
            addTar(out, "first.txt", "First.".getBytes(StandardCharsets.UTF_8));
            byte[] noise = new byte[200_000];
            new java.util.Random(7).nextBytes(noise);
            addTar(out, "second.txt", noise);
        }
        byte[] whole = Files.readAllBytes(tgz);
        Files.write(tgz, Arrays.copyOf(whole, whole.length / 2));

        List<MirrorEntry> entries = read(tgz, new MirrorLimits(1_000_000, 10_000_000, 50, 2));

        assertEquals("damaged.tar.gz!/first.txt text/plain First.", describe(entries).get(0));
        MirrorEntry last = entries.get(entries.size() - 1);
        assertInstanceOf(MirrorEntry.Unreadable.class, last);
        assertEquals("corrupt-archive", ((MirrorEntry.Unreadable) last).kind());
    }

    @Test
    void aFileThatIsNotReallyAZipIsReportedNotThrown() throws IOException {
        Path zip = temp.resolve("broken.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        List<MirrorEntry> entries = read(zip, SMALL);

        assertEquals(List.of("broken.zip corrupt-archive"), describe(entries));
    }

    @Test
    void anMboxYieldsOneDocumentPerMessageWithQuotedFromLinesRestored() throws IOException {
        Path mbox = temp.resolve("sv-fic.mbox");
        Files.writeString(mbox, """
                From alice@example.org Tue Oct 12 23:15:42 2004
                From: Alice <alice@example.org>
                Subject: [sv-fic] NEW: Lanterns

                TITLE: Lanterns
                >From the cliff they saw the light.

                From bob@example.org Wed Oct 13 08:00:00 2004
                From: Bob <bob@example.org>
                Subject: Re: Lanterns

                Lovely!
                """);

        List<MirrorEntry> entries = read(mbox, new MirrorLimits(10_000, 1_000_000, 50, 2));

        assertEquals(2, entries.size());
        String first = new String(((MirrorEntry.Document) entries.get(0)).content(), StandardCharsets.UTF_8);
        assertTrue(first.startsWith("From: Alice <alice@example.org>\n"), first);
        assertTrue(first.contains("\nFrom the cliff they saw the light.\n"), first);
        assertEquals("sv-fic.mbox#2", entries.get(1).path());
        assertEquals("message/rfc822", ((MirrorEntry.Document) entries.get(1)).mediaType());
    }

    @Test
    void aWarcYieldsItsPagesByUriWithTheirCharsetAndSkipsTheRest() throws IOException {
        Path warc = temp.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(Files.newOutputStream(warc))) {
            writer.write(response("http://archive.example.org/viewstory.php?sid=12", 200, "text/html; charset=ISO-8859-1",
                    "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1)));
            writer.write(response("http://archive.example.org/logo.gif", 200, "image/gif", new byte[] {'G', 'I', 'F'}));
            writer.write(response("http://archive.example.org/gone.php", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
            writer.write(new WarcRequest.Builder(URI.create("http://archive.example.org/viewstory.php?sid=12"))
                    .date(Instant.parse("2009-01-01T00:00:00Z")).build());
        }

        List<MirrorEntry> entries = read(warc, SMALL);

        MirrorEntry.Document page = (MirrorEntry.Document) entries.get(0);
        assertEquals("http://archive.example.org/viewstory.php?sid=12", page.path());
        assertEquals("text/html", page.mediaType());
        assertEquals("ISO-8859-1", page.charset());
        assertArrayEquals("<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1), page.content());
        assertEquals(new MirrorEntry.Skipped("http://archive.example.org/logo.gif", "not a document (image/gif)"), entries.get(1));
        assertEquals(new MirrorEntry.Skipped("http://archive.example.org/gone.php", "HTTP status 404, not a page"), entries.get(2));
        assertEquals(4, entries.size());
        assertTrue(((MirrorEntry.Skipped) entries.get(3)).reason().startsWith("WARC request record"));
    }

    @Test
    void anArcFileYieldsItsCapturedPagesWithTheirCharset() throws IOException {
        String page = "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>Story</p>";
        String image = "HTTP/1.0 200 OK\r\nContent-Type: image/jpeg\r\n\r\nJFIF";
        String missing = "HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>";
        String description = "1 0 Example Crawl\nURL IP-address Archive-date Content-type Archive-length\n";
        StringBuilder arc = new StringBuilder();
        arc.append("filedesc://crawl.arc 0.0.0.0 20030101000000 text/plain ").append(description.length()).append('\n')
                .append(description).append('\n');
        for (String[] record : new String[][] {{"http://lj.example.org/12.html", "text/html", page},
                {"http://lj.example.org/me.jpg", "image/jpeg", image}, {"http://lj.example.org/13.html", "text/html", missing}}) {
            arc.append(record[0]).append(" 10.0.0.1 20030101000000 ").append(record[1]).append(' ')
                    .append(record[2].length()).append('\n').append(record[2]).append('\n');
        }
        Path file = temp.resolve("crawl.arc");
        Files.writeString(file, arc.toString(), StandardCharsets.ISO_8859_1);

        List<MirrorEntry> entries = read(file, SMALL);

        assertEquals(List.of("http://lj.example.org/12.html text/html <p>Story</p>",
                new MirrorEntry.Skipped("http://lj.example.org/me.jpg", "not a document (image/jpeg)"),
                new MirrorEntry.Skipped("http://lj.example.org/13.html", "HTTP status 404, not a page")), describe(entries));
        assertEquals("windows-1252", ((MirrorEntry.Document) entries.get(0)).charset());
    }

    @Test
    void archivesInsideAFolderAreOpened() throws IOException {
        Path mirror = Files.createDirectories(temp.resolve("mirror"));
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(mirror.resolve("old.zip"))) {
            add(out, "inner.txt", "Inner.".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(List.of("old.zip!/inner.txt text/plain Inner."), describe(read(mirror, SMALL)));
    }

    private static WarcResponse response(String uri, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2009-01-01T00:00:00Z")).body(http).build();
    }

    private static List<MirrorEntry> read(Path path, MirrorLimits limits) throws IOException {
        List<MirrorEntry> entries = new ArrayList<>();
        new MirrorReader(limits).read(path, entries::add);
        return entries;
    }

    /** Documents as "path type content", rejections as "path kind", skips as themselves. */
    private static List<Object> describe(List<MirrorEntry> entries) {
        return entries.stream().map(entry -> {
            if (entry instanceof MirrorEntry.Document d) {
                return (Object) (d.path() + " " + d.mediaType() + " " + new String(d.content(), StandardCharsets.UTF_8));
            }
            if (entry instanceof MirrorEntry.Unreadable u) {
                return u.path() + " " + u.kind();
            }
            return entry;
        }).toList();
    }

    private static void add(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        ((OutputStream) out).write(content);
        out.closeArchiveEntry();
    }

    private static void addTar(TarArchiveOutputStream out, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        out.putArchiveEntry(entry);
        ((OutputStream) out).write(content);
        out.closeArchiveEntry();
    }
}
