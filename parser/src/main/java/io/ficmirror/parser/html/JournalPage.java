package io.ficmirror.parser.html;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.SourceFormat;
import io.ficmirror.parser.text.Dates;
import io.ficmirror.parser.text.TextStoryReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * LiveJournal and Dreamwidth entries (site and "?format=light" layouts, 2000s to 2016): the poster, the post time,
 * the subject, the entry text (which usually opens with the story's own header block), and the comment thread.
 */
final class JournalPage {
    private static final String ENTRY = "article.entry-content, div.entry-content, .b-singlepost-body, div.entry_text, "
            + "div.asset-body, .entry .contents .inner";

    private JournalPage() {
    }

    static boolean matches(Document doc) {
        return doc.selectFirst("[lj:user], .ljuser, link[href*=livejournal.com], link[href*=dreamwidth.org], "
                + "meta[content*=livejournal], .entry-content, .b-singlepost-body") != null;
    }

    static void read(Document doc, Draft d) {
        d.detected(SourceFormat.LIVEJOURNAL, "an HTML journal page (LiveJournal/Dreamwidth user links, entry markup)");
        Element entry = doc.selectFirst(ENTRY);
        if (entry == null) {
            entry = MainContent.find(doc.body());
        }
        // the poster's ljuser comes first in every layout (the post header precedes entry and comments)
        Element poster = doc.selectFirst("[lj:user], [data-ljuser]");
        if (poster != null) {
            String user = poster.hasAttr("lj:user") ? poster.attr("lj:user") : poster.attr("data-ljuser");
            if (!user.isBlank()) {
                d.fallbackAuthors.add(user);
            }
        }
        d.published(postDate(doc, entry));
        Element subject = doc.selectFirst("h1.entry-title, h3.entry-title, .entry-title, .b-singlepost-title, .subject");
        String subjectText = subject != null ? subject.text() : doc.title().replaceFirst(":\\s*[\\w-]+$", "");
        if (subjectText != null && !subjectText.isBlank()) {
            TextStoryReader.readSubject(subjectText, d);
        }
        java.util.Set<Element> comments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        comments.addAll(doc.select("[id^=ljcmt], div.comment"));
        comments.addAll(Within.select(doc, ".comment", ".comment-wrapper"));
        comments.addAll(Within.select(doc, ".b-leaf", ".b-tree-twig"));
        d.commentCount = comments.size();
        TextStoryReader.read(HtmlText.of(entry), d);
    }

    private static java.time.LocalDate postDate(Document doc, Element entry) {
        Element time = doc.selectFirst("time.dt-published, time.published, .datetime, abbr.datetime, .entry-date, span.date");
        if (time != null) {
            java.time.LocalDate date = Dates.find(time.hasAttr("datetime") ? time.attr("datetime") : time.text(), false);
            if (date != null) {
                return date;
            }
        }
        // old layouts: "@ 2010-10-23 17:33:00" in the post header, before the entry text
        String page = HtmlText.of(doc.body());
        String entryStart = HtmlText.of(entry);
        int at = entryStart.isEmpty() ? -1 : page.indexOf(entryStart.substring(0, Math.min(40, entryStart.length())));
        String before = at > 0 ? page.substring(Math.max(0, at - 3000), at) : page;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(before);
        return m.find() ? Dates.find(m.group(), false) : null;
    }
}
