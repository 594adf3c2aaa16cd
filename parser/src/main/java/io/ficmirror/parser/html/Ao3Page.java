package io.ficmirror.parser.html;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.parser.Draft;
import io.ficmirror.parser.SourceFormat;
import io.ficmirror.parser.text.Dates;
import io.ficmirror.parser.text.LanguageDetector;
import io.ficmirror.parser.text.Texts;
import io.ficmirror.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** AO3 work pages and AO3 HTML downloads: structured metadata in {@code dl.work.meta}, text in {@code .userstuff}. */
final class Ao3Page {
    private static final Pattern SERIES = Pattern.compile("(?i)part\\s+(\\d+)\\s+of\\s+(?:the\\s+)?(.+?)(?:\\s+series)?$");

    private Ao3Page() {
    }

    /** The counters of AO3's stats block, by the class of their {@code dd}, which is also their Stats name. */
    private static final List<String> STATS_COUNTERS = List.of("kudos", "hits", "bookmarks", "comments");

    static boolean matches(Document doc) {
        return doc.selectFirst("dl.work.meta, #workskin") != null || Within.first(doc, "dl.tags", "div#preface") != null
                || Within.first(doc, ".tags", ".meta") != null
                || doc.selectFirst("a[href*=archiveofourown.org]") != null && doc.selectFirst(".userstuff") != null;
    }

    static void read(Document doc, Draft d) {
        d.detected(SourceFormat.AO3_HTML, "an HTML page with AO3's work metadata (tag list, userstuff text)");
        d.bodyIsClean = true;
        d.storySignals += 3;
        Element meta = doc.selectFirst("dl.work.meta, #preface dl.tags, dl.tags");
        if (meta != null) {
            d.rating = first(meta, "dd.rating");
            d.warnings.addAll(all(meta, "dd.warning"));
            d.categories.addAll(all(meta, "dd.category"));
            d.fandoms.addAll(all(meta, "dd.fandom"));
            d.relationships.addAll(all(meta, "dd.relationship"));
            d.characters.addAll(all(meta, "dd.character"));
            d.tags.addAll(all(meta, "dd.freeform"));
            d.declaredLanguage = first(meta, "dd.language");
            d.published(Dates.find(first(meta, "dd.published"), false));
            String updated = first(meta, "dd.status");
            if (updated != null) {
                d.updatedAt = Dates.find(updated, false);
            }
            for (Element s : meta.select("dd.series span.position")) {
                Matcher m = SERIES.matcher(s.text().strip());
                if (m.find()) {
                    d.series.add(new SeriesPart(m.group(2).strip(), Integer.valueOf(m.group(1))));
                }
            }
            for (String counter : STATS_COUNTERS) {
                d.counter(counter, Texts.count(first(meta, "dl.stats dd." + counter)));
            }
            String chapters = first(meta, "dl.stats dd.chapters");
            if (chapters != null && chapters.matches("\\d+/(\\d+|\\?)")) {
                String[] posted = chapters.split("/");
                d.complete = !posted[1].equals("?") && posted[0].equals(posted[1]);
            }
            readLabelledTags(meta, d);
            if (d.rating != null && d.rating.isBlank()) {
                d.rating = null;
            }
        }
        Element preface = doc.selectFirst("#workskin .preface, .preface.group, #preface");
        Element scope = preface != null ? preface : doc;
        Element title = scope.selectFirst("h2.title, .title.heading, h1");
        if (title != null) {
            d.title(title.text());
        }
        Elements authors = scope.select("h3.byline a[rel=author], .byline a[rel=author]");
        if (authors.isEmpty()) {
            authors = doc.select("a[rel=author]");
        }
        for (Element a : authors) {
            d.authors.add(a.text().strip());
        }
        Element summary = scope.selectFirst(".summary .userstuff, .summary blockquote, p:matchesOwn(^\\s*Summary:?\\s*$) + blockquote");
        if (summary != null) {
            d.summary(HtmlText.of(summary));
        }
        for (Element notes : doc.select(".notes .userstuff, .end.notes .userstuff, #work_endnotes .userstuff")) {
            d.note(HtmlText.of(notes));
        }
        List<String> texts = new ArrayList<>();
        Elements chapterTexts = doc.select("#chapters.userstuff, #chapters .userstuff, #chapters .userstuff.module");
        if (chapterTexts.isEmpty()) {
            chapterTexts = doc.select(".userstuff");
            chapterTexts.removeIf(e -> e.closest(".summary, .notes") != null);
        }
        Elements found = chapterTexts;
        found.removeIf(e -> e.closest(".notes, .summary") != null || e.parents().stream().anyMatch(found::contains));
        for (Element text : found) {
            Element copy = text.clone();
            copy.select("h3.landmark").remove();
            texts.add(HtmlText.of(copy));
        }
        Elements chapterTitles = doc.select("#chapters .chapter > .preface h3.title, #chapters h3.title");
        if (chapterTitles.size() > 1 && chapterTitles.size() == texts.size()) {
            for (int i = 0; i < texts.size(); i++) {
                d.chapters.add(new Chapter(chapterTitles.get(i).text().strip(), Words.count(texts.get(i))));
            }
        }
        d.body = String.join("\n\n", texts);
        ChapterNavigation.ao3(doc, d, texts.size());
        if (d.declaredLanguage != null && LanguageDetector.fromName(d.declaredLanguage) == null) {
            d.declaredLanguage = Texts.clean(d.declaredLanguage);
        }
    }

    /**
     * AO3's HTML downloads label their tags ({@code <dt>Rating:</dt><dd>...</dd>}) instead of classing them as the
     * work page does; read the labels wherever the classes gave nothing.
     */
    private static void readLabelledTags(Element meta, Draft d) {
        for (Element dt : meta.select("dt")) {
            Element dd = dt.nextElementSibling();
            if (dd == null || !dd.tagName().equals("dd")) {
                continue;
            }
            String label = dt.text().strip().replaceFirst(":$", "").toLowerCase(java.util.Locale.ROOT);
            List<String> values = new ArrayList<>();
            Elements links = dd.select("a");
            if (links.isEmpty()) {
                values.addAll(Texts.splitList(dd.text(), false));
            } else {
                links.forEach(a -> values.add(a.text().strip()));
            }
            switch (label) {
                case "rating" -> d.rating = d.rating == null && !values.isEmpty() ? values.get(0) : d.rating;
                case "archive warning", "archive warnings" -> addIfEmpty(d.warnings, values);
                case "category", "categories" -> addIfEmpty(d.categories, values);
                case "fandom", "fandoms" -> addIfEmpty(d.fandoms, values);
                case "relationship", "relationships" -> addIfEmpty(d.relationships, values);
                case "character", "characters" -> addIfEmpty(d.characters, values);
                case "additional tags" -> addIfEmpty(d.tags, values);
                case "language" -> d.declaredLanguage = d.declaredLanguage == null ? Texts.clean(dd.text()) : d.declaredLanguage;
                case "stats" -> {
                    if (d.publishedAt == null) {
                        d.published(Dates.find(dd.text().replaceFirst("(?s).*?Published:", ""), false));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void addIfEmpty(java.util.Collection<String> field, List<String> values) {
        if (field.isEmpty()) {
            field.addAll(values);
        }
    }

    private static String first(Element scope, String css) {
        Element e = scope.selectFirst(css);
        return e == null ? null : Texts.clean(e.text());
    }

    private static List<String> all(Element scope, String css) {
        List<String> out = new ArrayList<>();
        Element dd = scope.selectFirst(css);
        if (dd == null) {
            return out;
        }
        Elements tags = dd.select("a.tag, li");
        if (tags.isEmpty()) {
            out.addAll(Texts.splitList(dd.text(), false));
        } else {
            for (Element t : dd.select("a.tag").isEmpty() ? tags : dd.select("a.tag")) {
                out.add(t.text().strip());
            }
        }
        return out;
    }
}
