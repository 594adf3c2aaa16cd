package io.ficmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SearchCommandTest {

    @Test
    void snippetsLoseTheirEscapingAndShowMatchesInBrackets() {
        String html = "Crowley &amp; the <mark>lighthouse</mark>:\n &lt;b&gt;not bold&lt;/b&gt; &quot;said&quot; &#39;he&#39;";
        assertEquals("Crowley & the [lighthouse]: <b>not bold</b> \"said\" 'he'", SearchCommand.snippet(html, false));
    }

    @Test
    void onATerminalMatchesAreBold() {
        assertEquals("the \u001b[1mlight\u001b[0m", SearchCommand.snippet("the <mark>light</mark>", true));
    }

    @Test
    void anEscapedAmpersandIsUnescapedOnlyOnce() {
        assertEquals("&lt;", SearchCommand.snippet("&amp;lt;", false));
    }

    @Test
    void hitsShowTheCountersTheyHaveInTheirUsualOrder() throws Exception {
        String json = """
                {"query": "Bacon", "total": 2, "hits": [
                  {"workId": "w1", "title": "Anchor", "authors": ["Quill"], "fandoms": ["Tidewater"], "wordCount": 1200,
                   "engagement": {"hits": 340, "kudos": 12}, "snippet": null},
                  {"workId": "w2", "title": "Eddy", "authors": [], "fandoms": [], "wordCount": 45, "engagement": {}}]}
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SearchCommand.print(Json.MAPPER.readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        assertEquals(String.join("\n", "2 works match \"Bacon\"", "", " 1. Anchor", "    by Quill · Tidewater · 1200 words · work w1",
                "    kudos 12 · hits 340", "", " 2. Eddy", "    by anonymous · 45 words · work w2", ""),
                bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void anUnknownSortKeyIsRefusedWithTheKeysBeforeAnythingIsAsked() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SearchCommand()).setErr(new PrintWriter(err)).execute("--sort", "colour", "Bacon");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--sort takes one of relevance, published, updated, words, title, kudos, hits, "
                + "bookmarks, comments, favourites, follows, reviews, not \"colour\""), err.toString());
    }
}
