package io.ficmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
