package io.ficmirror.parser.html;

import io.ficmirror.contract.Chapter;
import io.ficmirror.parser.Draft;
import io.ficmirror.parser.SourceFormat;
import io.ficmirror.parser.text.Dates;
import io.ficmirror.parser.text.TextStoryReader;
import io.ficmirror.parser.text.Texts;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Every other page: eFiction archives, static challenge archives (Yuletide-style), personal sites, blogs and archives
 * in other languages. Reads what machine-readable metadata the page has (a STORYINFO comment, schema.org microdata,
 * breadcrumbs, dated elements), then the main text block as a text story with its own header lines.
 */
final class GenericPage {
    private static final Pattern STORYINFO_LINE = Pattern.compile("(?m)^\\s*([A-Za-z ]{2,20}):\\s*(.+)$");

    private GenericPage() {
    }

    static boolean isEfiction(Document doc) {
        return doc.selectFirst("a[href*=viewstory.php], a[href*=viewuser.php]") != null;
    }

    static void read(Document doc, Draft d) {
        if (isEfiction(doc)) {
            d.detected(SourceFormat.EFICTION, "an HTML page linking eFiction's viewstory.php/viewuser.php");
        } else {
            d.detected(SourceFormat.BLOG, "an HTML page of no known archive: read as a blog or personal site");
        }
        storyInfo(doc, d);
        microdata(doc, d);
        if (d.sourceFormat.equals(SourceFormat.EFICTION)) {
            Element author = doc.selectFirst("a[href*=viewuser.php]");
            if (author != null) {
                d.fallbackAuthors.add(author.text().strip());
            }
            ChapterNavigation.efiction(doc, d);
        }
        if (isDeviantArt(doc)) {
            deviantArt(doc, d);
        }
        Element readArea = doc.selectFirst(".legacy-journal, [data-hook=deviation_content], "
                + "#readarea, #story, .story-text, #storytext, .storytext, .entry-content, "
                + ".post-body, .post-content, #chapter-content");
        Element content = readArea != null ? readArea : MainContent.find(doc.body());
        labelledValues(doc, content, d);
        if (d.sourceFormat.equals(SourceFormat.EFICTION) && d.title == null) {
            Element story = doc.selectFirst("#pagetitle a[href*=viewstory.php], .title a[href*=viewstory.php]");
            if (story != null) {
                d.title(story.text());
            }
        }
        TextStoryReader.read(HtmlText.of(content), d);
        if (d.title == null && d.fallbackTitle == null) {
            Element h = doc.selectFirst("h1, h2");
            d.fallbackTitle = h != null ? Texts.clean(h.text()) : Texts.clean(doc.title());
        }
    }

    /** A DeviantArt literature deviation: the site's name in its metadata, the text in a journal/literature block. */
    static boolean isDeviantArt(Document doc) {
        return doc.selectFirst("meta[property=og:site_name][content=DeviantArt], link[href*=deviantart.com]") != null
                && doc.selectFirst(".legacy-journal, [data-hook=deviation_content]") != null;
    }

    private static void deviantArt(Document doc, Draft d) {
        d.storySignals += 2;
        Element title = doc.selectFirst(".dev-title-container h1, h1[data-hook=deviation_title], h1");
        if (title != null) {
            d.title(title.text());
        }
        Element user = doc.selectFirst(".dev-title-container a.username, a.username, a[data-hook=user_link]");
        if (user != null) {
            d.authors.add(user.text().strip());
        }
        Element description = doc.selectFirst(".dev-description, [data-hook=deviation_description]");
        if (description != null) {
            d.note(HtmlText.of(description));
        }
        for (Element meta : doc.select(".dev-meta span, time[datetime]")) {
            LocalDate date = Dates.find(meta.hasAttr("datetime") ? meta.attr("datetime") : meta.text(), false);
            if (date != null) {
                d.published(date);
                break;
            }
        }
    }

    /** Bold or labelled "Key:" metadata outside the text block (eFiction's label/value lists, blog sidebars). */
    private static void labelledValues(Document doc, Element content, Draft d) {
        for (Element label : doc.select(".label, b, strong, dt, th")) {
            String key = label.text().strip();
            if (!key.endsWith(":") || key.length() > 40 || content.equals(label) || label.parents().contains(content)) {
                continue;
            }
            StringBuilder value = new StringBuilder();
            for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
                if (n instanceof Element e && (e.normalName().equals("br") || e.is(".label, b, strong, dt, th"))) {
                    break;
                }
                value.append(n instanceof Element e ? e.text() : n.toString().replace("&nbsp;", " "));
            }
            if (label.normalName().equals("dt") && label.nextElementSibling() != null) {
                value = new StringBuilder(label.nextElementSibling().text());
            }
            io.ficmirror.parser.text.HeaderLine header = io.ficmirror.parser.text.HeaderLine.parse(key + " " + value.toString().strip());
            if (header != null) {
                io.ficmirror.parser.text.HeaderApplier.apply(header, d);
            }
        }
    }

    /** Personal sites' {@code <!-- STORYINFO title: ... fandom: ... date: ... -->} comments. */
    private static void storyInfo(Document doc, Draft d) {
        for (Node node : doc.getAllElements().isEmpty() ? java.util.List.<Node>of() : allComments(doc)) {
            String data = ((Comment) node).getData();
            if (!data.strip().toUpperCase().startsWith("STORYINFO")) {
                continue;
            }
            d.storySignals += 2;
            Matcher m = STORYINFO_LINE.matcher(data.length() > 10_000 ? data.substring(0, 10_000) : data);
            while (m.find()) {
                String value = m.group(2).strip();
                switch (Texts.fold(m.group(1))) {
                    case "title" -> d.title(value);
                    case "author" -> d.authors.add(value);
                    case "fandom" -> d.fandoms.addAll(Texts.splitList(value, false));
                    case "date" -> d.published(Dates.find(value, false));
                    case "summary" -> d.summary(value);
                    case "rating" -> d.rating = value;
                    case "pairing" -> d.relationships.addAll(Texts.splitList(value, false));
                    default -> {
                    }
                }
            }
        }
    }

    private static java.util.List<Node> allComments(Document doc) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                out.add(node);
            }
        }, doc);
        return out;
    }

    /** schema.org Book/Chapter microdata and the breadcrumb trail, as archives like fanfictions.fr publish them. */
    private static void microdata(Document doc, Draft d) {
        Element book = doc.selectFirst("[itemtype*=schema.org/Book], [itemtype*=schema.org/CreativeWork]");
        Element scope = book != null ? book : doc;
        for (Element name : scope.select("[itemprop=name]")) {
            if (name.closest("[itemtype*=Chapter]") == null) {
                d.title(Texts.clean(name.text()));
                d.storySignals++;
                break;
            }
        }
        for (Element a : scope.select("[itemprop=author]")) {
            d.authors.add(Texts.clean(a.text()));
        }
        Element abs = scope.selectFirst("[itemprop=abstract], [itemprop=description]");
        if (abs != null && abs.closest("[itemtype*=Chapter]") == null) {
            d.summary(Texts.clean(abs.text()));
        }
        Element lang = doc.selectFirst("[itemprop=inLanguage]");
        if (lang != null) {
            d.declaredLanguage = lang.hasAttr("content") ? lang.attr("content") : lang.text();
        }
        for (Element genre : doc.select("[title*=genre], [title*=Genre], [itemprop=genre]")) {
            Elements items = genre.select(".highlightable, a, span:not(.divider)");
            for (Element item : items.isEmpty() ? new Elements(genre) : items) {
                String g = Texts.clean(item.text());
                if (g != null && !g.equals("/") && g.length() < 40) {
                    d.tags.add(g);
                }
            }
        }
        for (Element chapter : doc.select("[itemtype*=schema.org/Chapter]")) {
            Element chapterName = chapter.selectFirst("[itemprop=name]");
            if (chapterName != null) {
                d.chapters.add(new Chapter(Texts.clean(chapterName.text()), 0));
            }
        }
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Element dated : doc.select("[data-date], time[datetime], [itemprop=datePublished], [itemprop=dateModified]")) {
            String v = dated.hasAttr("data-date") ? dated.attr("data-date")
                    : dated.hasAttr("datetime") ? dated.attr("datetime") : dated.attr("content");
            LocalDate date = Dates.find(v, false);
            if (date != null) {
                earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
                latest = latest == null || date.isAfter(latest) ? date : latest;
            }
        }
        if (earliest != null) {
            d.published(earliest);
            d.updatedAt = latest;
        }
        Element crumbs = doc.selectFirst("ol.breadcrumb, ul.breadcrumb, nav[aria-label=breadcrumb], .breadcrumbs");
        if (crumbs != null && d.title != null) {
            Elements items = crumbs.select("li");
            String previous = null;
            for (Element li : items) {
                String text = Texts.clean(li.text());
                if (text != null && TextStoryReaderAccess.same(text, d.title)) {
                    break;
                }
                previous = text;
            }
            if (previous != null && !items.isEmpty()) {
                d.fandoms.add(previous);
            }
        }
    }
}
