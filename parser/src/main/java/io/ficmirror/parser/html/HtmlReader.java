package io.ficmirror.parser.html;

import io.ficmirror.parser.Draft;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Parses an HTML page and hands it to the reader for its layout: AO3, fanfiction.net, LiveJournal/Dreamwidth, else generic. */
public final class HtmlReader {
    private HtmlReader() {
    }

    public static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser());
    }

    /** The page's visible text, for the not-a-story checks. */
    public static String visibleText(Document doc) {
        return HtmlText.of(doc.body());
    }

    public static void read(Document doc, Draft d) {
        StoryLinks.count(doc, d);
        if (Ao3Page.matches(doc)) {
            Ao3Page.read(doc, d);
        } else if (FfnetPage.matches(doc)) {
            FfnetPage.read(doc, d);
        } else if (JournalPage.matches(doc)) {
            JournalPage.read(doc, d);
        } else {
            GenericPage.read(doc, d);
        }
        if (d.declaredLanguage == null) {
            var html = doc.selectFirst("html[lang]");
            d.declaredLanguage = html == null ? null : html.attr("lang");
        }
    }
}
