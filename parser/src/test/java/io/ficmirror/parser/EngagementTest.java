package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ficmirror.contract.Stats;
import io.ficmirror.contract.Work;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reader counters (kudos, hits, reviews, ...) and completion, where a page shows them. */
class EngagementTest {
    private final WorkParser parser = new WorkParser();

    private static final String AO3_PAGE = """
            <html><body><div class="work"><dl class="work meta group">
            <dt class="rating tags">Rating:</dt><dd class="rating tags"><ul><li><a class="tag">General Audiences</a></li></ul></dd>
            <dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul><li><a class="tag">Sherlock (TV)</a></li></ul></dd>
            <dt class="stats">Stats:</dt><dd class="stats"><dl class="stats">
            <dt class="published">Published:</dt><dd class="published">2019-03-01</dd>
            <dt class="words">Words:</dt><dd class="words">1,204</dd>
            <dt class="chapters">Chapters:</dt><dd class="chapters">%s</dd>
            %s
            </dl></dd></dl>
            <div id="workskin"><div class="preface group"><h2 class="title heading">Kettle Weather</h2>
            <h3 class="byline heading"><a rel="author" href="/users/quillon">Quillon</a></h3></div>
            <div class="userstuff"><p>The kettle clicked off and nobody moved to pour it, because the rain had started
            again and the flat was warm and the argument, for once, could wait until morning came round.</p>
            <p>John counted the drops on the window and lost count twice before Sherlock spoke again.</p></div></div>
            </div></body></html>""";

    @Test
    void ao3CountersAreReadFromTheStatsBlockWithThousandsSeparators() {
        Work work = parseHtml(AO3_PAGE.formatted("3/3", """
                <dt class="comments">Comments:</dt><dd class="comments">17</dd>
                <dt class="kudos">Kudos:</dt><dd class="kudos">1,288</dd>
                <dt class="bookmarks">Bookmarks:</dt><dd class="bookmarks"><a href="/works/1/bookmarks">45</a></dd>
                <dt class="hits">Hits:</dt><dd class="hits">10,389</dd>"""));
        assertEquals(new Stats(1288, 10389, 45, 17, null, null, null), work.stats());
        assertEquals(Boolean.TRUE, work.complete());
    }

    @Test
    void countersAPageDoesNotShowStayUnknownAndAnOpenChapterCountIsIncomplete() {
        Work work = parseHtml(AO3_PAGE.formatted("2/?", """
                <dt class="kudos">Kudos:</dt><dd class="kudos">7</dd>"""));
        assertEquals(new Stats(7, null, null, null, null, null, null), work.stats());
        assertEquals(Boolean.FALSE, work.complete());
    }

    @Test
    void aPageWithoutCountersHasNoStats() {
        Work work = parseHtml(AO3_PAGE.formatted("1", ""));
        assertNull(work.stats());
        assertNull(work.complete(), "\"1\" alone says nothing about completion");
    }

    @Test
    void fanfictionNetStatsLineGivesReviewsFavouritesAndFollows() {
        String story = """
                Rated: Fiction T - English - Romance - Words: 2,345 - Reviews: 12 - Favs: 1,034 - Follows: 56 - Published: 3/4/2012 - Status: Complete - id: 8012345

                The ship had been quiet for three days, and Mal did not trust quiet any more than he trusted the
                Alliance or the coffee in the galley. He walked the catwalk twice before the sun came up over the
                moon they were hiding behind, and both times Zoe was already there, watching the black.
                """;
        Work work = ((ParseOutcome.Parsed) parser.parse(Documents.of("story.txt", story.getBytes(StandardCharsets.UTF_8)))).work();
        assertEquals(new Stats(null, null, null, null, 1034, 56, 12), work.stats());
        assertEquals(Boolean.TRUE, work.complete());
    }

    @Test
    void realAo3AndFanfictionNetPagesGiveTheirCounters() throws IOException {
        Path realworld = realworldDir();
        assumeTrue(realworld != null, "../shared/realworld not found");
        Work edge = parseFile(realworld.resolve("mp_ao3_work29253276_edge_of_providence_multiauthor.html"));
        assertEquals(new Stats(1288, 10389, 445, 173, null, null, null), edge.stats());
        assertEquals(Boolean.FALSE, edge.complete(), "Chapters: 2/?");
        Work stones = parseFile(realworld.resolve("mp_ao3_work688_skipping_stones.html"));
        assertEquals(new Stats(7, 469, null, null, null, null, null), stones.stats());
        Work ffn = parseFile(realworld.resolve("otw_ffn_3129674_ch1.html"));
        assertEquals(new Stats(null, null, null, null, null, null, 4), ffn.stats());
        assertEquals(Boolean.TRUE, ffn.complete());
    }

    private Work parseHtml(String html) {
        ParseOutcome outcome = parser.parse(Documents.of("work.html", html.getBytes(StandardCharsets.UTF_8)));
        return ((ParseOutcome.Parsed) outcome).work();
    }

    private Work parseFile(Path file) throws IOException {
        return ((ParseOutcome.Parsed) parser.parse(Documents.of(file))).work();
    }

    private static Path realworldDir() {
        Path seeds = SeedDocumentsTest.seedsDir();
        Path dir = seeds == null ? null : seeds.resolveSibling("realworld");
        return dir != null && Files.isDirectory(dir) ? dir : null;
    }
}
