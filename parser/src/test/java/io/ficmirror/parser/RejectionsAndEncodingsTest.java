package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.Work;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RejectionsAndEncodingsTest {
    private final WorkParser parser = new WorkParser();

    @Test
    void emptyDocumentIsRejectedAsEmpty() {
        ParseOutcome.Rejected r = assertInstanceOf(ParseOutcome.Rejected.class,
                parser.parse(Documents.of("empty.txt", new byte[0])));
        assertEquals("empty", r.kind());
        ParseOutcome.Rejected blank = assertInstanceOf(ParseOutcome.Rejected.class,
                parser.parse(Documents.of("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("empty", blank.kind());
    }

    @Test
    void binaryDocumentIsRejectedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ParseOutcome.Rejected r = assertInstanceOf(ParseOutcome.Rejected.class, parser.parse(Documents.of("story.txt", png)));
        assertEquals("binary", r.kind());
    }

    @Test
    void nonDocumentMediaTypesAreRejectedNamingTheType() {
        for (String name : new String[] {"data.json", "notes.md", "style.css", "app.js", "cover.png", "book.pdf"}) {
            ParseOutcome.Rejected r = assertInstanceOf(ParseOutcome.Rejected.class,
                    parser.parse(Documents.of(name, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8))), name);
            assertEquals("unsupported-media-type", r.kind());
            assertTrue(r.reason().contains(MediaTypes.forFileName(name)), r.reason());
        }
    }

    @Test
    void notAStoryReasonsNameTheEvidence() {
        String gate = "<html><body><h1>Adult Content Notice</h1><p>You must confirm that you are at least 18.</p></body></html>";
        ParseOutcome.Rejected r = assertInstanceOf(ParseOutcome.Rejected.class,
                parser.parse(Documents.of("gate.html", gate.getBytes(StandardCharsets.UTF_8))));
        assertEquals("not-a-story", r.kind());
        assertTrue(r.reason().contains("Adult Content Notice"), r.reason());
    }

    @Test
    void documentsOverTheSizeLimitAreRejected() {
        ParseOutcome.Rejected r = assertInstanceOf(ParseOutcome.Rejected.class,
                new WorkParser(100).parse(Documents.of("big.txt", new byte[101])));
        assertEquals("too-large", r.kind());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        String story = "Title: Snow\n\nThe snow fell all night and the village slept under it like a cat under a quilt.";
        byte[] bytes = story.getBytes(Charset.forName("UTF-16"));
        Work w = assertInstanceOf(ParseOutcome.Parsed.class, parser.parse(Documents.of("snow.txt", bytes))).work();
        assertEquals("Snow", w.title());
        assertTrue(w.body().startsWith("The snow fell all night"), w.body());
    }

    @Test
    void mojibakeIsRepaired() {
        String broken = new String("She paused \u2014 then smiled at the caf\u00e9.".getBytes(StandardCharsets.UTF_8),
                Charset.forName("windows-1252"));
        Work w = assertInstanceOf(ParseOutcome.Parsed.class,
                parser.parse(Documents.of("m.txt", broken.getBytes(StandardCharsets.UTF_8)))).work();
        assertEquals("She paused \u2014 then smiled at the caf\u00e9.", w.body());
    }

    @Test
    void hugeSingleLineAndDeepNestingFinishQuickly() {
        byte[] line = new byte[8 * 1024 * 1024];
        Arrays.fill(line, (byte) 'a');
        for (int i = 0; i < line.length; i += 7) {
            line[i] = ' ';
        }
        String nested = "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertInstanceOf(ParseOutcome.Parsed.class, parser.parse(Documents.of("line.txt", line)));
            parser.parse(Documents.of("nested.html", ("<html><body>" + nested + "</body></html>").getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void legacyEncodingsOfOtherScriptsAreDetected() {
        String russian = "Title: Зима\n\nСнег шёл всю ночь, и деревня спала под ним, как кошка под одеялом. "
                + "Утром дети вышли на улицу и долго смотрели на белые крыши, не решаясь сказать ни слова. "
                + "Старик у колодца улыбнулся и сказал, что такой зимы не было сорок лет.";
        Work ru = assertInstanceOf(ParseOutcome.Parsed.class,
                parser.parse(Documents.of("zima.txt", russian.getBytes(Charset.forName("windows-1251"))))).work();
        assertEquals("Зима", ru.title());
        assertEquals("ru", ru.language());
        String japanese = "雪が一晩中降り続いて、村は布団の下の猫のように眠っていた。朝になると子供たちは外に出て、"
                + "白い屋根を長い間見つめていた。井戸のそばの老人は微笑んで、こんな冬は四十年ぶりだと言った。"
                + "子供たちは雪だるまを作り、犬は庭を走り回った。";
        Work ja = assertInstanceOf(ParseOutcome.Parsed.class,
                parser.parse(Documents.of("yuki.txt", japanese.getBytes(Charset.forName("Shift_JIS"))))).work();
        assertTrue(ja.body().startsWith("雪が一晩中降り続いて"), ja.body());
    }

    @Test
    void westernSingleByteTextStaysWindows1252() {
        String french = "Titre : L'été\n\nÉlise a traversé la forêt à l'aube, sans rien dire à personne. "
                + "« Où vas-tu ? » a demandé sa sœur. Elle n'a pas répondu ; le café refroidissait déjà sur la table.";
        Work fr = assertInstanceOf(ParseOutcome.Parsed.class,
                parser.parse(Documents.of("ete.txt", french.getBytes(Charset.forName("windows-1252"))))).work();
        assertEquals("L'été", fr.title());
        assertTrue(fr.body().startsWith("Élise a traversé la forêt"), fr.body());
        assertEquals("fr", fr.language());
    }

    @Test
    void indexPageListingManyStoriesIsRejectedNamingThem() throws Exception {
        java.nio.file.Path page = java.nio.file.Path.of(getClass().getResource("/fixtures/index_page.html").toURI());
        ParseOutcome.Rejected r = assertInstanceOf(ParseOutcome.Rejected.class, parser.parse(Documents.of(page)));
        assertEquals("not-a-story", r.kind());
        assertTrue(r.reason().contains("index page") && r.reason().contains("6 different stories")
                && r.reason().contains("Salt and Pepper"), r.reason());
    }

    @Test
    void storyPageLinkingToAFewOtherStoriesIsStillAStory() {
        StringBuilder html = new StringBuilder("<html><body><div id=\"story\"><p>Title: Rain</p>");
        for (int i = 0; i < 40; i++) {
            html.append("<p>The rain kept on through the afternoon and the river rose past the second step.</p>");
        }
        html.append("</div><div class=\"sidebar\">Other stories: ");
        for (int i = 1; i <= 6; i++) {
            html.append("<a href=\"viewstory.php?sid=").append(i).append("\">Story number ").append(i).append("</a> ");
        }
        html.append("</div></body></html>");
        assertInstanceOf(ParseOutcome.Parsed.class,
                parser.parse(Documents.of("rain.html", html.toString().getBytes(StandardCharsets.UTF_8))));
    }
}
