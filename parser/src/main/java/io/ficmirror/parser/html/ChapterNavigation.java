package io.ficmirror.parser.html;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.meta.SitePart;
import io.ficmirror.parser.meta.StoryUrls;
import io.ficmirror.parser.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The chapter navigation of sites that give each chapter its own page: which story the page belongs to, which
 * chapter it shows and how many there are, read into {@link Draft#site}. Only the page's own navigation counts (its
 * canonical address, chapter menu, chapter heading), never links to other stories.
 */
final class ChapterNavigation {
    private static final Pattern AO3_CHAPTERS = Pattern.compile("^(\\d{1,5})\\s*/\\s*(\\d{1,5}|\\?)");
    private static final int MAX_LINKS = 2_000;

    private ChapterNavigation() {
    }

    /** fanfiction.net and FictionPress: the canonical /s/story/chapter/ address and the chapter menu. */
    static void ffnet(Document doc, Draft d) {
        SitePart s = d.site;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            s.story(StoryUrls.ffnet(canonical.attr("href")), true);
        }
        Element menu = doc.selectFirst("select#chap_select, select[name=chapter]");
        if (menu != null) {
            // self.location = '/s/7000002/'+ this.options[this.selectedIndex].value + '/Storm-Glass'
            s.story(StoryUrls.ffnet(menu.attr("onchange")), false);
            chapterMenu(menu, s, SitePart.FFNET);
        }
        if (doc.title().contains("FictionPress")) {
            s.story(SitePart.FFNET, SitePart.FICTIONPRESS_HOST, null, null);
        }
    }

    /**
     * AO3: a chapter page shows one {@code div.chapter} (id "chapter-N", N its position) of a work whose stats say
     * "Chapters: 2/5"; the full-work page and downloads show them all.
     */
    static void ao3(Document doc, Draft d, int chapterTexts) {
        SitePart s = d.site;
        Elements shown = doc.select("div.chapter[id^=chapter-]");
        if (shown.size() > 1 || chapterTexts > 1) {
            s.wholeWork = true;
            return;
        }
        Element chapter = shown.first();
        Element heading = chapter == null ? null : chapter.selectFirst("h3.title");
        Element own = heading != null ? heading.selectFirst("a[href]") : null;
        Element entire = doc.selectFirst("li.chapter.entire");
        if (own == null && entire != null) {
            own = entire.selectFirst("a[href]");
        }
        s.story(StoryUrls.ao3(own == null ? null : own.attr("href")), false);
        Integer number = chapter == null ? null : StoryUrls.leadingNumber(chapter.id().substring("chapter-".length()));
        s.story(SitePart.AO3, null, null, number);
        if (heading != null) {
            s.chapterTitle = s.chapterTitle == null ? Texts.clean(heading.text()) : s.chapterTitle;
        }
        Element menu = doc.selectFirst("select#selected_id");
        if (menu != null) {
            // options are "2. Chapter Title", valued by chapter id, not position
            Element chosen = menu.selectFirst("option[selected]");
            s.story(SitePart.AO3, null, null, chosen == null ? null : StoryUrls.leadingNumber(chosen.text()));
        }
        Element stats = doc.selectFirst("dd.chapters");
        Matcher m = AO3_CHAPTERS.matcher(stats == null ? "" : stats.text().strip());
        if (m.lookingAt()) {
            s.posted = Integer.valueOf(m.group(1));
            s.total = m.group(2).equals("?") ? null : Integer.valueOf(m.group(2));
        }
    }

    /**
     * eFiction: the chapter menu ({@code <select name="chapter">}, its onchange going to viewstory.php?sid=N), the
     * story's own link in the page title, the archive's address in an absolute link to the same story ("This story
     * archived at http://archive.example.org/viewstory.php?sid=88"), and "Chapters:"/"Completed:" in the story block.
     */
    static void efiction(Document doc, Draft d) {
        SitePart s = d.site;
        for (Element self : doc.select("link[rel=canonical][href], meta[property=og:url][content]")) {
            s.story(StoryUrls.efiction(self.hasAttr("href") ? self.attr("href") : self.attr("content")), true);
        }
        Element menu = doc.selectFirst("select[name=chapter][onchange*=viewstory.php]");
        if (menu != null) {
            StoryUrls.Ref story = StoryUrls.efiction(menu.attr("onchange"));
            s.story(SitePart.EFICTION, null, story == null ? null : story.storyId(), null);
            chapterMenu(menu, s, SitePart.EFICTION);
        }
        Element pageTitle = doc.getElementById("pagetitle");
        Element title = pageTitle == null ? null : pageTitle.selectFirst("a[href*=viewstory.php]");
        if (title != null) {
            s.story(StoryUrls.efiction(title.attr("href")), false);
        }
        storyLinks(doc, s);
        for (Element label : doc.select(".label")) {
            String name = Texts.fold(label.text());
            Node next = label.nextSibling();
            String value = next instanceof TextNode t ? t.text() : next instanceof Element e ? e.text() : "";
            if (name.equals("chapters:") && s.posted == null) {
                s.posted = StoryUrls.leadingNumber(value);
            } else if (name.equals("completed:")) {
                s.complete |= Texts.fold(value).startsWith("yes");
            }
        }
    }

    /** Links to viewstory.php: the story when they all name one, and the archive's host from an absolute one. */
    private static void storyLinks(Document doc, SitePart s) {
        List<StoryUrls.Ref> refs = new ArrayList<>();
        for (Element a : doc.select("a[href*=viewstory.php]")) {
            if (refs.size() >= MAX_LINKS) {
                break;
            }
            StoryUrls.Ref ref = StoryUrls.efiction(a.attr("href"));
            if (ref != null) {
                refs.add(ref);
            }
        }
        if (s.storyId() == null && refs.stream().map(StoryUrls.Ref::storyId).distinct().count() == 1) {
            s.story(SitePart.EFICTION, null, refs.get(0).storyId(), null);
        }
        for (StoryUrls.Ref ref : refs) {
            if (ref.host() != null && ref.storyId().equals(s.storyId())) {
                s.story(ref, false);
            }
        }
    }

    /** A chapter menu's options ("2. The Storm", the shown one selected): how many chapters, and which is this. */
    private static void chapterMenu(Element menu, SitePart s, String site) {
        Elements options = menu.select("option");
        if (s.posted == null && !options.isEmpty()) {
            s.posted = options.size();
        }
        Element chosen = menu.selectFirst("option[selected]");
        if (chosen != null) {
            Integer number = StoryUrls.leadingNumber(chosen.attr("value"));
            s.story(site, null, null, number != null ? number : StoryUrls.leadingNumber(chosen.text()));
            s.chapterTitle = s.chapterTitle == null ? Texts.clean(chosen.text()) : s.chapterTitle;
        }
    }
}
