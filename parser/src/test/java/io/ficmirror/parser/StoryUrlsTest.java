package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.parser.meta.SitePart;
import io.ficmirror.parser.meta.StoryUrls;
import io.ficmirror.parser.text.FfnetStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The story and chapter a document's source URI names, as keys of PartOf. */
class StoryUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://www.fanfiction.net/s/2961893/4/Story-Title                  | ffnet:2961893 | 4",
        "mirror/m.fanfiction.net/s/2961893/2/                               | ffnet:2961893 | 2",
        "https://www.fictionpress.com/s/2961893/3/Story-Title               | fictionpress:2961893 | 3",
        "https://archiveofourown.org/works/12345/chapters/67890             | ao3:12345 | -",
        "http://www.Archive.Example.org:8080/fanfic/viewstory.php?sid=7&chapter=2 | efiction:archive.example.org:7 | 2",
        "mirrors/archive.example.org/viewstory.php@sid=7&chapter=3.html     | efiction:archive.example.org:7 | 3",
        "http://archive.example.org/viewstory.php?action=printable&textsize=0&sid=7&chapter=5 | efiction:archive.example.org:7 | 5",
    })
    void namesTheStoryAndChapter(String uri, String key, Integer chapter) {
        SitePart part = new SitePart();
        StoryUrls.fromSource(uri, part);
        assertEquals(key, part.key());
        assertEquals(chapter, part.number());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://ferngully-fic.livejournal.com/5512.html",
        "mirror/some-blog.example.org/s/123/2/",
        "/home/me/saved/works/12345.html",
        "fics/viewstory.php?sid=7&chapter=2",
    })
    void namesNoSiteStoryWithoutTheSite(String uri) {
        SitePart part = new SitePart();
        StoryUrls.fromSource(uri, part);
        assertNull(part.key(), uri);
    }

    @Test
    void anEfictionSidWithoutItsArchiveIsNoKeyButStillAChapter() {
        SitePart part = new SitePart();
        StoryUrls.fromSource("viewstory.php?sid=7&chapter=2", part);
        assertEquals("7", part.storyId());
        assertEquals(2, part.number());
        assertNull(part.key());
    }

    @Test
    void fanfictionNetsStatsLineNamesTheStoryAndItsChapters() {
        Draft d = new Draft();
        FfnetStats.read("Rated: K - English - Humor - Chapters: 5 - Words: 9,804 - Complete - id: 7000004", d);
        assertEquals("ffnet:7000004", d.site.key());
        assertEquals(5, d.site.posted);
        assertTrue(d.site.complete);
    }

    @Test
    void allChaptersAtOnceIsTheWholeWork() {
        SitePart part = new SitePart();
        StoryUrls.fromSource("http://archive.example.org/viewstory.php?action=printable&sid=7&chapter=all", part);
        assertTrue(part.wholeWork);
        assertNull(part.number());
    }
}
