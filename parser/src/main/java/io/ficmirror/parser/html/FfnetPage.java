package io.ficmirror.parser.html;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.SourceFormat;
import io.ficmirror.parser.text.FfnetStats;
import io.ficmirror.parser.text.TextStoryReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** fanfiction.net story pages (2006–today layouts): title, author, breadcrumb fandom, the stats line, #storytext. */
final class FfnetPage {
    private FfnetPage() {
    }

    static boolean matches(Document doc) {
        return doc.selectFirst("#storytext, #storytextp, #profile_top") != null
                && (doc.title().contains("FanFiction") || doc.selectFirst("a[href^=/u/], a[href*=fanfiction.net/u/]") != null);
    }

    static void read(Document doc, Draft d) {
        d.detected(SourceFormat.FFNET, "an HTML page with fanfiction.net's story text and profile blocks");
        d.storySignals += 3;
        Element top = doc.selectFirst("#profile_top");
        Element titleEl = top != null ? top.selectFirst("b.xcontrast_txt, b") : null;
        if (titleEl == null) {
            // older layout: the breadcrumb ends with the story title in bold
            Element crumbs = breadcrumbs(doc);
            titleEl = crumbs != null ? crumbs.selectFirst("b") : null;
        }
        if (titleEl != null) {
            d.title(titleEl.text());
        } else {
            String t = doc.title();
            int comma = t.indexOf(", a ");
            d.title(comma > 0 ? t.substring(0, comma) : t);
        }
        Element author = (top != null ? top : doc).selectFirst("a[href^=/u/], a[href*=fanfiction.net/u/]");
        if (author != null) {
            d.authors.add(author.text().strip());
        }
        Element crumbs = breadcrumbs(doc);
        if (crumbs != null) {
            var links = crumbs.select("a");
            if (!links.isEmpty()) {
                String fandom = links.last().text().strip();
                for (String part : fandom.split("\\s*\\+\\s*")) {
                    d.fandoms.add(part.replaceFirst("(?i)\\s+crossover$", ""));
                }
            }
        }
        String stats = statsLine(doc);
        if (stats != null) {
            FfnetStats.read(stats, d);
        }
        Element summary = top != null ? top.selectFirst("div.xcontrast_txt") : null;
        if (summary != null) {
            d.summary(summary.text());
        }
        Element story = doc.selectFirst("#storytext");
        if (story == null) {
            story = doc.selectFirst("#storytextp");
        }
        if (story != null) {
            TextStoryReader.read(HtmlText.of(story), d);
        }
        ChapterNavigation.ffnet(doc, d);
    }

    private static Element breadcrumbs(Document doc) {
        Element pre = doc.selectFirst("#pre_story_links");
        if (pre != null) {
            return pre;
        }
        for (Element el : doc.select("div, td")) {
            if (el.ownText().contains("\u00BB") && el.selectFirst("a") != null && el.children().size() < 12) {
                return el;
            }
        }
        return null;
    }

    private static String statsLine(Document doc) {
        Element top = doc.selectFirst("#profile_top");
        String line = top == null ? null : statsLine(HtmlText.of(top));
        return line != null ? line : statsLine(HtmlText.of(doc.body()));
    }

    private static String statsLine(String text) {
        for (String line : io.ficmirror.parser.text.Texts.split(text, "\n")) {
            if (line.length() < 1000 && FfnetStats.LINE.matcher(line).matches()) {
                return line.strip();
            }
        }
        return null;
    }
}
