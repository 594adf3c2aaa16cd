package io.ficmirror.efiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ficmirror.contract.ArchiveStory;
import io.ficmirror.contract.Interaction;
import io.ficmirror.contract.SeriesPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real eFiction 3 dump and stories folder in ../shared/efiction (Open Doors' test data), when present; the
 * converter's expected chapters are in its efiction_chapters.json. Skipped without it.
 */
class SharedEfictionArchiveTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static Path dir;
    private static RecordingListener imported;
    private static EfictionDump.Report report;

    @BeforeAll
    static void importTheDump() throws IOException {
        dir = sharedEfiction();
        if (dir == null) {
            return;
        }
        imported = new RecordingListener();
        report = new EfictionDump(64L << 20).read(dir.resolve("efiction.sql"), dir.resolve("storiesef"),
                new ReaderPseudonyms("a test secret of the archive".getBytes(StandardCharsets.UTF_8)), imported);
    }

    @Test
    void everyStoryOfTheDumpIsHandedOn() {
        assumeShared();
        assertEquals(15, imported.stories.size(), imported.stories.keySet().toString());
        assertEquals(15, report.stories());
        ArchiveStory bacon = imported.stories.get("1");
        assertEquals("Bacon ipsum", bacon.title());
        assertEquals(List.of("B Author 2", "E Author 5"), bacon.authors(), "owner, then co-authors from the coauthors table");
        assertEquals(List.of("General"), bacon.fandoms());
        assertEquals("Teen", bacon.rating());
        assertEquals(Boolean.TRUE, bacon.complete());
        assertEquals(Integer.valueOf(3992), bacon.recordedWordCount());
        assertEquals("2006-02-09", bacon.publishedAt().toString());
        assertEquals("&nbsp;<p> &nbsp;</p>Meat-related text.", bacon.summaryHtml());
        assertEquals(Integer.valueOf(2872), bacon.stats().hits());
        assertEquals(Integer.valueOf(1), bacon.stats().favourites());
        assertEquals(Integer.valueOf(2), bacon.stats().reviews(), "the archive's own review counter");
    }

    @Test
    void chaptersMatchTheConvertersExpectedChapters() throws IOException {
        assumeShared();
        JsonNode expected = JSON.readTree(dir.resolve("efiction_chapters.json").toFile());
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode chapter : expected) {
            String sid = chapter.get("sid").asText();
            ArchiveStory story = imported.stories.get(sid);
            assertNotNull(story, "story " + sid + " of chapter " + chapter.get("chapid"));
            ArchiveStory.ArchiveChapter ours = story.chapters().stream()
                    .filter(c -> c.title().equals(chapter.get("title").asText().strip()))
                    .findFirst().orElseThrow(() -> new AssertionError("chapter " + chapter.get("chapid") + " missing"));
            assertEquals(withoutBom(chapter.get("storytext").asText()), ours.textHtml(), "text of chapter " + chapter.get("chapid"));
            assertEquals(blankToNull(chapter.get("notes")), blankToNull(ours.notesHtml()), "notes of chapter " + chapter.get("chapid"));
            assertEquals(blankToNull(chapter.get("endnotes")), blankToNull(ours.endNotesHtml()));
            seen.merge(sid, 1, Integer::sum);
        }
        assertEquals(17, expected.size());
        seen.forEach((sid, count) -> assertEquals(count, imported.stories.get(sid).chapters().size(), "chapters of " + sid));
        assertEquals(List.of(), imported.stories.get("4").chapters(), "story 4 has no chapter in the dump");
    }

    @Test
    void chaptersAreInReadingOrderAndCollisionsAreReported() {
        assumeShared();
        List<String> order = imported.stories.get("51").chapters().stream().map(ArchiveStory.ArchiveChapter::title).toList();
        assertEquals(List.of("Chapter 1", "Chapter 3", "Chapter 2"), order, "two chapters numbered 1: by id");
        assertEquals(List.of(1, 2, 3), imported.stories.get("51").chapters().stream().map(ArchiveStory.ArchiveChapter::number).toList());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("story 51: more than one chapter is number 1")), report.notes().toString());
    }

    @Test
    void classesAreSortedByTheirTypeAndSeriesKeepTheirOrder() {
        assumeShared();
        ArchiveStory bacon = imported.stories.get("1");
        assertEquals(4, bacon.tags().size(), "story 1's classes 3,10,16,26 are all genres: " + bacon.tags());
        assertEquals(List.of(), bacon.warnings());
        assertTrue(imported.stories.values().stream().anyMatch(s -> s.warnings().contains("Violence")),
                "class 37 is of the warnings type: " + imported.stories.values().stream().map(ArchiveStory::warnings).toList());
        assertEquals(List.of(new SeriesPart("Windows 1252", 2)), imported.stories.get("838").series());
        assertEquals(List.of(new SeriesPart("Japanese series", 5)), imported.stories.get("3721").series());
    }

    @Test
    void personalDataNeverLeavesTheImporterAndTheRunSaysWhatItWithheld() throws IOException {
        assumeShared();
        String dump = Files.readString(dir.resolve("efiction.sql"));
        String published = JSON.writeValueAsString(imported.stories) + JSON.writeValueAsString(imported.interactions)
                + report.notes();
        List<String> personal = authorsPersonalValues(dump);
        assertEquals(10, personal.size(), "5 authors' e-mails and passwords: " + personal);
        for (String value : personal) {
            assertFalse(published.contains(value), value + " was published");
        }
        assertFalse(published.contains("!BillBob!"), "the SMTP password");
        assertEquals(Long.valueOf(6), report.withheld().get(Withheld.EMAILS), "5 authors' and the site's: " + report.withheld());
        assertEquals(Long.valueOf(5), report.withheld().get(Withheld.REAL_NAMES));
        assertEquals(Long.valueOf(6), report.withheld().get(Withheld.PASSWORDS), "5 authors' and the SMTP one");
        assertTrue(imported.stories.get("3").chapters().get(1).textHtml().contains("@"),
                "a story's own text keeps the e-mail addresses it tells of");
    }

    @Test
    void readersAppearOnlyUnderPseudonyms() {
        assumeShared();
        assertEquals(report.interactions(), imported.interactions.size());
        List<EfictionDump.ReaderInteraction> favourites = imported.interactions.stream()
                .filter(i -> i.kind().equals(Interaction.FAVOURITE)).toList();
        assertEquals(1, favourites.size(), "one favourite is of a story in the dump");
        assertEquals("1", favourites.get(0).storyId());
        assertTrue(favourites.get(0).readerId().matches("r-[0-9a-f]{24}"), favourites.get(0).readerId());
        assertNull(favourites.get(0).at(), "eFiction does not date favourites");
        assertTrue(imported.interactions.stream().filter(i -> i.kind().equals(Interaction.REVIEW)).allMatch(i -> i.at() != null));
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("of stories not imported")), report.notes().toString());
    }

    @Test
    void aDumpThatStoresRatingsByNameGivesTheName() throws IOException {
        assumeShared();
        RecordingListener named = new RecordingListener();
        new EfictionDump(64L << 20).read(dir.resolve("efiction_string_ratings.sql"), dir.resolve("storiesef"),
                new ReaderPseudonyms(new byte[16]), named);
        assertEquals(2, named.stories.size());
        assertTrue(named.stories.values().stream().anyMatch(s -> "Mature".equals(s.rating())), named.stories.toString());
    }

    private static List<String> authorsPersonalValues(String dump) {
        Matcher insert = Pattern.compile("(?s)INSERT INTO `fanfiction_authors`.*?;\n").matcher(dump);
        assertTrue(insert.find());
        Matcher row = Pattern.compile("\\(\\d+, '[^']*', '[^']*', '([^']+)',.*?'(\\w+)'\\)").matcher(insert.group().replace("\n", " "));
        List<String> values = new java.util.ArrayList<>();
        while (row.find()) {
            values.add(row.group(1));
            values.add(row.group(2));
        }
        return values;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String blankToNull(JsonNode node) {
        return node == null || node.isNull() ? null : blankToNull(node.asText());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void assumeShared() {
        assumeTrue(dir != null, "../shared/efiction not found");
    }

    private static Path sharedEfiction() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/efiction").normalize();
            if (Files.isRegularFile(candidate.resolve("efiction.sql"))) {
                return candidate;
            }
        }
        return null;
    }
}
