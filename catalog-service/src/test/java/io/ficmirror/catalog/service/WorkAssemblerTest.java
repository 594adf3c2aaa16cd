package io.ficmirror.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Stats;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkAssemblerTest {
    private static final String KEY = "ffnet:2961893";

    @Test
    void partsBecomeChaptersInOrderWhateverOrderTheyArrive() {
        SourceVersion third = Works.story("s/2961893/3", "third part text").part(KEY, 3, 3, "The Harbour").dated("2006-06-20", null).version();
        SourceVersion first = Works.story("s/2961893/1", "first part text here").part(KEY, 1, 3, "The Lamp").dated("2006-05-28", null).version();
        SourceVersion second = Works.story("s/2961893/2", "second").part(KEY, 2, 3, null).dated("2006-06-02", "2006-06-03").version();

        CanonicalWork work = WorkAssembler.assemble(List.of(third, first, second));

        assertEquals(List.of(new Chapter("The Lamp", 4), new Chapter("Part 2", 1), new Chapter("The Harbour", 3)), work.chapters());
        assertEquals("first part text here\n\nsecond\n\nthird part text", work.body());
        assertEquals(8, work.wordCount());
        assertEquals(LocalDate.parse("2006-05-28"), work.publishedAt(), "published when the first part was");
        assertEquals(LocalDate.parse("2006-06-20"), work.updatedAt(), "updated when the last part was");
        assertEquals(first.documentId(), work.primary());
    }

    @Test
    void ofTwoCopiesOfOnePartTheLaterFetchedOneCounts() {
        SourceVersion old = Works.story("lj/1", "old text of part one").part(KEY, 1, 2, null).fetched("2026-01-01T00:00:00Z").version();
        SourceVersion newer = Works.story("ml/1", "new text of part one").part(KEY, 1, 2, null).fetched("2026-02-01T00:00:00Z").version();
        SourceVersion two = Works.story("lj/2", "part two").part(KEY, 2, 2, null).version();

        CanonicalWork work = WorkAssembler.assemble(List.of(newer, two, old));

        assertEquals("new text of part one\n\npart two", work.body());
        assertEquals(2, work.chapters().size());
    }

    @Test
    void copiesOfOneStoryTakeTheFullestTextAndTheUnionOfTheirTags() {
        SourceVersion journal = Works.story("lj/post", "a b c d e").tags("angst").comments(4).rated("Teen And Up Audiences")
                .dated("2006-05-28", null).version();
        SourceVersion archive = Works.story("archive/story", "a b c d e f g").tags("future fic", "angst").comments(2)
                .summary("A lamp, a storm.").dated("2006-06-01", "2006-07-01").version();
        SourceVersion list = Works.story("list/post", "a b c d e f").fandoms("Smallville", "Superman").comments(null).version();

        CanonicalWork work = WorkAssembler.assemble(List.of(journal, archive, list));

        assertEquals(archive.documentId(), work.primary());
        assertEquals("a b c d e f g", work.body());
        assertEquals(List.of("future fic", "angst"), work.tags().get(TagType.FREEFORM));
        assertEquals(List.of("Smallville", "Superman"), work.tags().get(TagType.FANDOM));
        assertEquals("Teen And Up Audiences", work.rating(), "a rated copy beats the unrated fullest copy");
        assertEquals(List.of("Teen And Up Audiences"), work.tags().get(TagType.RATING));
        assertEquals(6, work.commentCount());
        assertEquals("A lamp, a storm.", work.summary());
        assertEquals(LocalDate.parse("2006-05-28"), work.publishedAt());
        assertEquals(LocalDate.parse("2006-07-01"), work.updatedAt());
    }

    @Test
    void aStoryWithoutChapterHeadingsIsOneChapter() {
        CanonicalWork canonical = WorkAssembler.assemble(List.of(Works.story("a", "one two three").chaptered().version()));

        assertEquals(List.of(new Chapter(null, 3)), canonical.chapters());
    }

    @Test
    void aPartThatIsOneChapterKeepsItsNotes() {
        SourceVersion first = Works.story("p/1", "first part").part(KEY, 1, 2, "Departure")
                .chaptered(new Chapter(null, 2, "For the fest.", "Thanks to my beta.")).version();
        SourceVersion second = Works.story("p/2", "second part").part(KEY, 2, 2, "Landfall").version();

        CanonicalWork work = WorkAssembler.assemble(List.of(first, second));

        assertEquals(List.of(new Chapter("Departure", 2, "For the fest.", "Thanks to my beta."), new Chapter("Landfall", 2)),
                work.chapters());
    }

    @Test
    void engagementIsTheHighestOfTheSourcesForEachCounterNeverTheirSum() {
        SourceVersion archive = Works.story("archive/story", "a b c d e f g")
                .stats(new Stats(41, 1290, 7, null, null, null, null)).version();
        SourceVersion mirror = Works.story("mirror/story", "a b c d e f")
                .stats(new Stats(38, 1500, null, 5, null, null, null)).version();
        SourceVersion journal = Works.story("lj/post", "a b c d e").version();

        CanonicalWork work = WorkAssembler.assemble(List.of(archive, mirror, journal));

        assertEquals(new Stats(41, 1500, 7, 5, null, null, null), work.engagement());
    }

    @Test
    void aWorkWhoseSourcesShowNoCounterHasNoEngagement() {
        CanonicalWork work = WorkAssembler.assemble(List.of(Works.story("a", "text").stats(Stats.NONE).version(),
                Works.story("b", "text").version()));

        assertNull(work.engagement());
    }

    @Test
    void aWorkIsCompleteWhenAnySourceSaysSoAndUnknownWhenNoneSays() {
        SourceVersion inProgress = Works.story("early/copy", "a b c").complete(false).version();
        SourceVersion finished = Works.story("late/copy", "a b c d").complete(true).version();
        SourceVersion silent = Works.story("other/copy", "a b").version();

        assertEquals(Boolean.TRUE, WorkAssembler.assemble(List.of(inProgress, finished, silent)).complete());
        assertEquals(Boolean.FALSE, WorkAssembler.assemble(List.of(inProgress, silent)).complete());
        assertNull(WorkAssembler.assemble(List.of(silent)).complete());
    }

    @Test
    void challengesAreTagsGatheredFromEveryCopy() {
        SourceVersion one = Works.story("a", "a b c").challenges("Yuletide 2006").version();
        SourceVersion two = Works.story("b", "a b").challenges("Lighthouse Flashfic #12", "Yuletide 2006").version();

        CanonicalWork work = WorkAssembler.assemble(List.of(one, two));

        assertEquals(List.of("Yuletide 2006", "Lighthouse Flashfic #12"), work.tags().get(TagType.CHALLENGE));
    }

    @Test
    void aWorkNeverUpdatedHasNoUpdateDate() {
        CanonicalWork work = WorkAssembler.assemble(List.of(Works.story("a", "text").dated("2006-05-28", null).version(),
                Works.story("b", "text").dated("2006-05-28", null).version()));
        assertNull(work.updatedAt());
        assertNull(work.commentCount());
    }

    @Test
    void aSourcesOwnNameBecomesASynonymOnlyWhereItIsUnambiguous() {
        SourceVersion one = Works.story("a", "text").fandoms("Smallville").wrote("fandoms", "SV").version();
        SourceVersion two = Works.story("b", "text").fandoms("Smallville", "Superman").wrote("fandoms", "SV/Supes").version();

        CanonicalWork work = WorkAssembler.assemble(List.of(one, two));

        assertEquals(Map.of("Smallville", List.of("SV")), work.synonyms().get(TagType.FANDOM));
    }

    @Test
    void seriesAreKeptOnceWithTheirNumber() {
        SourceVersion one = Works.story("a", "text").inSeries("Lighthouse Nights", null).version();
        SourceVersion two = Works.story("b", "text more").inSeries("Lighthouse Nights", 2).version();

        CanonicalWork work = WorkAssembler.assemble(List.of(one, two));

        assertEquals(List.of(new SeriesPart("Lighthouse Nights", 2)), work.series());
    }

    @Test
    void newerFetchOrNewerParserWins() {
        SourceVersion version = Works.story("a", "text").fetched("2026-02-01T00:00:00Z").version();
        assertEquals(true, version.isNewerThan(java.time.Instant.parse("2026-01-01T00:00:00Z"), "1.0"));
        assertEquals(false, version.isNewerThan(java.time.Instant.parse("2026-03-01T00:00:00Z"), "0.1"));
        assertEquals(true, version.isNewerThan(java.time.Instant.parse("2026-02-01T00:00:00Z"), "0.9"));
        assertEquals(false, version.isNewerThan(java.time.Instant.parse("2026-02-01T00:00:00Z"), "1.0"), "a replay is not newer");
        assertEquals(false, version.isNewerThan(java.time.Instant.parse("2026-02-01T00:00:00Z"), "1.10"));
    }
}
