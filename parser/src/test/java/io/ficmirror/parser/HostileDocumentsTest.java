package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.Work;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Documents made to hurt: each is read to a Work that is safe to store and show, or rejected with its reason. */
class HostileDocumentsTest {
    private final WorkParser parser = new WorkParser();

    @Test
    void entitiesDefinedInTheDocumentAreNeverExpanded() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            laughs.append("<!ENTITY lol").append(level).append(" \"");
            for (int i = 0; i < 10; i++) {
                laughs.append("&lol").append(level == 1 ? "" : Integer.toString(level - 1)).append(';');
            }
            laughs.append("\">\n");
        }
        laughs.append("]>\n<html><head><title>Laughter</title></head><body><p>Title: Laughter</p>")
                .append("<p>She laughed at the sea, and the sea laughed back. &lol9;</p>".repeat(20)).append("</body></html>");
        Work work = parsed("laughter.html", laughs.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(work.body().length() < 5_000, "an entity was expanded: " + work.body().length() + " characters");
        assertFalse(work.body().contains("lollol"), work.body());
    }

    @Test
    void metadataValuesOfPunctuationAloneAreDropped() {
        String story = "Title: Tidewater\nAuthor: Wren\nFandom: Original Work, ''''...'''\nRating: (\n\n"
                + "The tide came in under the pier and nobody saw it go. ".repeat(30);
        Work work = parsed("tidewater.txt", story.getBytes(StandardCharsets.UTF_8));
        assertEquals("Tidewater", work.title());
        assertTrue(work.fandoms().stream().noneMatch(f -> f.replaceAll("[\\p{P}\\s]", "").isEmpty()),
                work.fandoms()::toString);
    }

    /** Ingest refuses documents over 32 MB unread (MirrorReaderTest); below that, one line of 30 MB is parsed. */
    @Test
    void aThirtyMegabyteDocumentOnOneLineIsParsed() {
        StringBuilder line = new StringBuilder(30_000_100).append("Title: One Breath\tAuthor: Wren\t");
        while (line.length() < 30_000_000) {
            line.append("and the tide went out and the tide came in ");
        }
        ParseOutcome outcome = parser.parse(Documents.of("one-breath.txt", line.toString().getBytes(StandardCharsets.UTF_8)));
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            assertTrue(parsed.work().wordCount() > 5_000_000, "the whole line is the story: " + parsed.work().wordCount());
            assertTrue(parsed.work().title() == null || parsed.work().title().length() < 1_000, "not a page-long title");
        } else {
            assertFalse(((ParseOutcome.Rejected) outcome).reason().isBlank());
        }
    }

    @Test
    void nulBytesNeverReachTheStoryText() {
        String story = "Title: Nothing Between\nAuthor: Wren\n\n" + "The harbour lamp burned all night. ".repeat(40);
        byte[] withNuls = story.replace("lamp", "la\0mp").replace(". ", ".\0 ").getBytes(StandardCharsets.UTF_8);
        ParseOutcome outcome = parser.parse(Documents.of("nothing-between.txt", withNuls));
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            assertEquals(-1, parsed.work().body().indexOf('\0'), "PostgreSQL text cannot hold NUL");
            assertEquals("Nothing Between", parsed.work().title());
        } else {
            ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
            assertFalse(rejected.reason().isBlank());
        }
    }

    @Test
    void controlCharactersOfAUtf16TextAreDropped() {
        String story = "Title: Sixteen Bits\nAuthor: Wren\n\n" + "The tide\0 came in\u0007 at noon. ".repeat(40);
        byte[] utf16 = ("\uFEFF" + story).getBytes(java.nio.charset.Charset.forName("UTF-16BE"));
        Work work = parsed("sixteen-bits.txt", utf16);
        assertEquals("Sixteen Bits", work.title());
        assertEquals(-1, work.body().indexOf('\0'), "PostgreSQL text cannot hold NUL");
        assertEquals(-1, work.body().indexOf('\u0007'));
        assertTrue(work.body().contains("The tide came in at noon."), work.body());
    }

    @Test
    void aUtf16DocumentOfControlCharactersIsRejectedAsBinary() {
        byte[] utf16 = ("\uFEFF" + "\0\u0001\u0002ab\u0003".repeat(100)).getBytes(java.nio.charset.Charset.forName("UTF-16BE"));
        ParseOutcome.Rejected rejected = assertInstanceOf(ParseOutcome.Rejected.class,
                parser.parse(Documents.of("noise.txt", utf16)));
        assertEquals("binary", rejected.kind());
    }

    @Test
    void invalidUtf8IsReadAsTextNotRefusedAndNotGarbled() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Title: Broken Bytes\nAuthor: Wren\n\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 40; i++) {
            bytes.writeBytes("The caf\u00e9 by the harbour never closed. ".getBytes(StandardCharsets.UTF_8));
            bytes.write(0xC3); // a lead byte with no continuation
            bytes.write(0xFF); // never valid in UTF-8
        }
        Work work = parsed("broken-bytes.txt", bytes.toByteArray());
        assertEquals("Broken Bytes", work.title());
        assertTrue(work.wordCount() >= 280, "words: " + work.wordCount());
        assertFalse(work.body().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
                "control characters in the text");
    }

    private Work parsed(String name, byte[] content) {
        return assertInstanceOf(ParseOutcome.Parsed.class, parser.parse(Documents.of(name, content))).work();
    }
}
