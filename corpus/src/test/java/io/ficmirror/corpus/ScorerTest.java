package io.ficmirror.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Work;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scorer applies parse-eval's rules: the cases its matching functions are written for, and their limits. */
class ScorerTest {
    private static final Work WORK = new Work(SchemaVersion.CURRENT, "w", "d", "Salt Roads", List.of("Juniper Vale", "Odile"),
            List.of("Smallville (TV)", "Harry Potter - J. K. Rowling"), List.of("Clark Kent/Lex Luthor", "Chloe & Lois Lane"),
            List.of("Clark Kent", "Maren H"), List.of("Alternate Universe", "Hurt/Comfort"), "Teen And Up Audiences",
            List.of("No Archive Warnings Apply"), List.of("M/M"), List.of(new SeriesPart("Water Ways", 2)),
            "A summary.", "Thanks to Pell for the beta.", "Not mine.", List.of(), LocalDate.of(2006, 3, 14), null, "en",
            1000, List.of(new Chapter("Chapter 1: Thaw", 600), new Chapter("Chapter 2", 400)), 3,
            "**Clark found him** at the edge \u201Cof the flats\u201D,\nand waited. *", "mailing-list", null, "1.0", Map.of(), null, null, null, List.of());

    @Test
    void textFieldsCompareAfterNormalisation() {
        assertTrue(Scorer.check("title", "  salt   ROADS ", WORK));
        assertFalse(Scorer.check("title", null, WORK), "null: the document names no title");
        assertTrue(Scorer.check("title", null, withTitle(null)));
        assertTrue(Scorer.check("title", null, withTitle("")));
        assertTrue(Scorer.check("summary", "a summary.", WORK));
        assertTrue(Scorer.check("rating", "teen and up audiences", WORK));
        assertTrue(Scorer.check("published", "2006-03-14", WORK));
        assertTrue(Scorer.check("notesContains", List.of("for the BETA"), WORK));
        assertFalse(Scorer.check("notesContains", List.of("for the beta", "cheerleading"), WORK));
    }

    @Test
    void authorsMustMatchInOrder() {
        assertTrue(Scorer.check("authors", List.of("juniper vale", "Odile"), WORK));
        assertFalse(Scorer.check("authors", List.of("Odile", "Juniper Vale"), WORK));
        assertFalse(Scorer.check("authors", List.of("Juniper Vale"), WORK));
    }

    @Test
    void namesMatchByFirstWordAndPairingsInAnyOrder() {
        assertTrue(Scorer.check("charactersInclude", List.of("Clark", "Maren Holt"), WORK));
        assertFalse(Scorer.check("charactersInclude", List.of("Lex"), WORK));
        assertTrue(Scorer.check("relationshipsInclude", List.of("Lex/Clark", "Lois & Chloe Sullivan"), WORK));
        assertTrue(Scorer.check("relationshipsInclude", List.of("Clex"), WORK), "parse-eval's alias");
        assertFalse(Scorer.check("relationshipsInclude", List.of("Clark/Lana"), WORK));
    }

    @Test
    void fandomsMatchWithoutTheirQualifierOrAsPartOfTheName() {
        assertTrue(Scorer.check("fandomsInclude", List.of("Smallville", "Harry Potter"), WORK));
        assertTrue(Scorer.check("fandomsInclude", List.of("Smallville (comics)"), WORK));
        assertFalse(Scorer.check("fandomsInclude", List.of("Merlin"), WORK));
    }

    @Test
    void tagsWarningsAndSeriesUseTheAliases() {
        assertTrue(Scorer.check("tagsInclude", List.of("AU", "hurt/comfort"), WORK));
        assertFalse(Scorer.check("tagsInclude", List.of("Hurt"), WORK));
        assertTrue(Scorer.check("warningsInclude", List.of("no archive warnings apply"), WORK));
        assertTrue(Scorer.check("seriesInclude", List.of("water ways"), WORK));
    }

    @Test
    void countsHaveTheirTolerance() {
        assertTrue(Scorer.check("wordCount", 1030, WORK), "3%");
        assertFalse(Scorer.check("wordCount", 1035, WORK));
        assertTrue(Scorer.check("wordCount", 100, withWords(105)), "5 words at least");
        assertFalse(Scorer.check("wordCount", 100, withWords(106)));
        assertTrue(Scorer.check("commentCount", 3, WORK));
        assertFalse(Scorer.check("commentCount", 0, withTitle("x")), "null is no count");
        assertTrue(Scorer.check("chapters", List.of("Thaw", "Chapter 2"), WORK), "a title without its number passes");
        assertFalse(Scorer.check("chapters", List.of("Thaw"), WORK));
        assertTrue(Scorer.check("chapterWordCounts", List.of(590, 405), WORK));
        assertFalse(Scorer.check("chapterWordCounts", List.of(560, 400), WORK));
    }

    @Test
    void theBodyIsComparedWithoutItsEmphasisAtTheEnds() {
        assertTrue(Scorer.check("bodyStartsWith", "Clark found him** at", WORK));
        assertTrue(Scorer.check("bodyEndsWith", "\"of the flats\", and waited.", WORK));
        assertTrue(Scorer.check("bodyExcludes", List.of("Title:", "unsubscribe"), WORK));
        assertFalse(Scorer.check("bodyExcludes", List.of("AT THE EDGE"), WORK));
    }

    @Test
    void aRejectionHasNoFields() {
        assertTrue(Scorer.check("rejected", true, null));
        assertFalse(Scorer.check("rejected", true, WORK));
        assertFalse(Scorer.check("title", "Salt Roads", null));
        assertTrue(Scorer.check("title", null, null));
        assertFalse(Scorer.check("sourceFormat", "plain", null));
    }

    @Test
    void missesNameTheFieldAndAnUnknownFieldIsAMiss() {
        ExpectedFields expected = new ExpectedFields().put("title", "Salt Roads").put("wordCount", 2000).put("language", "en");
        List<Scorer.Miss> misses = Scorer.misses(expected, WORK);
        assertEquals(1, misses.size());
        assertEquals("wordCount", misses.get(0).field());
        assertFalse(Scorer.check("notAField", "x", WORK));
    }

    private static Work withTitle(String title) {
        return new Work(WORK.schemaVersion(), WORK.workId(), WORK.documentId(), title, WORK.authors(), WORK.fandoms(),
                WORK.relationships(), WORK.characters(), WORK.tags(), WORK.rating(), WORK.warnings(), WORK.categories(),
                WORK.series(), WORK.summary(), WORK.notes(), WORK.disclaimer(), WORK.betas(), WORK.publishedAt(),
                WORK.updatedAt(), WORK.language(), WORK.wordCount(), WORK.chapters(), null, WORK.body(),
                WORK.sourceFormat(), WORK.source(), WORK.parserVersion(), WORK.asWritten(), WORK.partOf(),
                WORK.stats(), WORK.complete(), WORK.challenges());
    }

    private static Work withWords(int words) {
        return new Work(WORK.schemaVersion(), WORK.workId(), WORK.documentId(), WORK.title(), WORK.authors(), WORK.fandoms(),
                WORK.relationships(), WORK.characters(), WORK.tags(), WORK.rating(), WORK.warnings(), WORK.categories(),
                WORK.series(), WORK.summary(), WORK.notes(), WORK.disclaimer(), WORK.betas(), WORK.publishedAt(),
                WORK.updatedAt(), WORK.language(), words, WORK.chapters(), WORK.commentCount(), WORK.body(),
                WORK.sourceFormat(), WORK.source(), WORK.parserVersion(), WORK.asWritten(), WORK.partOf(),
                WORK.stats(), WORK.complete(), WORK.challenges());
    }
}
