package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.ArchiveStory;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Source;
import io.ficmirror.contract.Stats;
import io.ficmirror.contract.Work;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories read from an archive's database arrive as structured JSON: the work is the record, its HTML made text. */
class ArchiveStoryReaderTest {
    private final WorkParser parser = new WorkParser();

    private static final String STORY = """
            {"schemaVersion": 1, "software": "eFiction 3", "storyId": "51", "title": " Cupcakes at Dawn ",
             "authors": ["Tamsin", "Orla"], "fandoms": ["Stargate Atlantis"], "characters": ["Rodney McKay"],
             "tags": ["Humor"], "warnings": ["Violence"], "rating": "Teen", "complete": true, "recordedWordCount": 3992,
             "publishedAt": "2008-02-03", "updatedAt": "2008-04-05",
             "series": [{"title": "Baking Series", "part": 2}], "challenges": ["Snowflake Challenge"],
             "summaryHtml": "&nbsp;<p> &nbsp;</p>Rodney bakes. <i>Badly.</i>", "notesHtml": "Thanks to K.",
             "chapters": [
               {"number": 1, "title": "Flour", "notesHtml": "For K.",
                "textHtml": "Rodney measured the flour twice.\\r\\nThen a third time, to be sure.\\r\\n\\r\\nThe oven ticked.",
                "endNotesHtml": null},
               {"number": 2, "title": "Sugar", "notesHtml": null,
                "textHtml": "<p>John ate the burnt ones <b>first</b>.</p><p>Nobody said anything about it.</p>",
                "endNotesHtml": "Thank you for reading."}],
             "stats": {"hits": 4474, "reviews": 1, "favourites": 3}}""";

    @Test
    void theRecordBecomesTheWork() {
        Work work = parse(STORY);
        assertEquals("Cupcakes at Dawn", work.title());
        assertEquals(List.of("Tamsin", "Orla"), work.authors());
        assertEquals(List.of("Stargate Atlantis"), work.fandoms());
        assertEquals(List.of("Rodney McKay"), work.characters());
        assertTrue(work.tags().contains("Humor"), work.tags().toString());
        assertEquals(List.of("Graphic Depictions Of Violence"), work.warnings(), "warnings are mapped like any source's");
        assertEquals(List.of(new SeriesPart("Baking Series", 2)), work.series());
        assertEquals(List.of("Snowflake Challenge"), work.challenges());
        assertEquals(Boolean.TRUE, work.complete());
        assertEquals(new Stats(null, 4474, null, null, 3, null, 1), work.stats());
        assertEquals("2008-02-03", work.publishedAt().toString());
        assertEquals("2008-04-05", work.updatedAt().toString());
        assertEquals("Rodney bakes. Badly.", work.summary());
        assertEquals("Thanks to K.", work.notes());
        assertEquals(SourceFormat.ARCHIVE_DATABASE, work.sourceFormat());
        assertEquals(List.of("3992"), work.asWritten().get("wordCount"), "the archive's own count is kept as written");
    }

    @Test
    void chaptersKeepTheirOrderTitlesNotesAndLineBreaks() {
        Work work = parse(STORY);
        assertEquals(2, work.chapters().size());
        assertEquals("Flour", work.chapters().get(0).title());
        assertEquals("For K.", work.chapters().get(0).notes());
        assertEquals("Thank you for reading.", work.chapters().get(1).endNotes());
        assertTrue(work.body().startsWith("Rodney measured the flour twice.\nThen a third time, to be sure.\n\nThe oven ticked."),
                "plain text keeps its line breaks: " + work.body());
        assertTrue(work.body().endsWith("John ate the burnt ones first.\n\nNobody said anything about it."), work.body());
        assertEquals(work.chapters().get(0).wordCount() + work.chapters().get(1).wordCount(), work.wordCount());
    }

    @Test
    void aStoryWithoutChapterTextIsRejectedWithTheReason() {
        ParseOutcome none = parser.parse(document("{\"schemaVersion\":1,\"title\":\"Empty\",\"chapters\":[]}"));
        assertEquals("no-text", assertInstanceOf(ParseOutcome.Rejected.class, none).kind());
        ParseOutcome blank = parser.parse(document(
                "{\"schemaVersion\":1,\"title\":\"Blank\",\"chapters\":[{\"number\":1,\"textHtml\":\"<p> </p>\"}]}"));
        assertTrue(assertInstanceOf(ParseOutcome.Rejected.class, blank).reason().contains("1 chapters has any text"));
    }

    @Test
    void aBrokenRecordIsRejectedAsMalformed() {
        ParseOutcome outcome = parser.parse(document("{\"title\": \"cut off"));
        assertEquals("malformed-record", assertInstanceOf(ParseOutcome.Rejected.class, outcome).kind());
    }

    private Work parse(String json) {
        return assertInstanceOf(ParseOutcome.Parsed.class, parser.parse(document(json))).work();
    }

    private static RawDocument document(String json) {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        Source source = new Source("test-archive", "efiction.sql!/stories/51", ContentIds.sha256Hex(content));
        return new RawDocument(ContentIds.documentId("test-archive", source.uri()), source, ArchiveStory.MEDIA_TYPE, null, content);
    }
}
