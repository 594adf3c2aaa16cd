package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Chapter;
import io.ficmirror.corpus.work.ReaderComment;
import io.ficmirror.corpus.work.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A LiveJournal or Dreamwidth entry page: the journal's header, the entry (subject, poster, time, then the entry
 * text opening with the story's header block), the entry's tags, and the comment thread. LiveJournal entries
 * separate paragraphs with line breaks and bold their labels; Dreamwidth ones use paragraphs.
 */
final class JournalHtmlFormat implements DocumentFormat {
    private final boolean dreamwidth;

    JournalHtmlFormat(boolean dreamwidth) {
        this.dreamwidth = dreamwidth;
    }

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        DocumentKind kind = dreamwidth ? DocumentKind.DREAMWIDTH : DocumentKind.JOURNAL_HTML;
        long postId = Ids.of(JournalTextFormat.POST_IDS, s.index(), duplicate) + (dreamwidth ? 5 : 3);
        Journal journal = Journal.of(s, r, postId);
        String domain = dreamwidth ? ".dreamwidth.org" : ".livejournal.com";
        String entryUrl = "https://" + journal.host() + domain + "/" + postId + ".html";
        LocalDateTime posted = s.published().atTime(r.nextInt(24), r.nextInt(60));
        boolean authorLine = journal.community() || r.chance(0.5);
        HeaderBlock header = new HeaderBlock(s, r, new HeaderBlock.Options(authorLine, r.chance(0.3), false, true, false));

        StringBuilder h = new StringBuilder(s.words() * 7 + 6_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(journal.name()).append(": ")
                .append(Html.escape(journal.subject())).append("</title>\n<link rel=\"canonical\" href=\"").append(entryUrl)
                .append("\"></head>\n<body>\n<div class=\"header\"><a href=\"https://").append(journal.host()).append(domain)
                .append("/\">").append(journal.name()).append("</a> <span class=\"journal-subtitle\">")
                .append(journal.community() ? "a community for fic" : "a journal").append("</span></div>\n")
                .append("<div class=\"entry\" id=\"entry-").append(postId).append("\">\n<h3 class=\"entry-title\"><a href=\"")
                .append(entryUrl).append("\">").append(Html.escape(journal.subject())).append("</a></h3>\n")
                .append("<div class=\"entry-poster\"><span class=\"ljuser\" lj:user=\"").append(journal.poster())
                .append("\" data-ljuser=\"").append(journal.poster()).append("\"><a href=\"https://")
                .append(journal.poster().replace('_', '-')).append(domain).append("/profile\"><b>")
                .append(journal.poster()).append("</b></a></span></div>\n")
                .append("<span class=\"datetime\">").append(DateStyles.isoTime(posted)).append("</span>\n")
                .append("<div class=\"entry-content\">\n");
        Body body = new Body(Body.HTML_VIEW);
        if (dreamwidth) {
            h.append("<p>");
            for (int i = 0; i < header.lines.size(); i++) {
                HeaderBlock.Line line = header.lines.get(i);
                h.append(i > 0 ? "<br>" : "").append(Html.escape(line.label())).append(": ").append(Html.escape(line.value()));
            }
            h.append("</p>\n");
            story(h, body, s, "<p>", "</p>\n", "<hr>\n");
        } else {
            for (HeaderBlock.Line line : header.lines) {
                h.append("<b>").append(Html.escape(line.label())).append(":</b> ").append(Html.escape(line.value())).append("<br>\n");
            }
            h.append("<br>\n<a name=\"cutid1\"></a>");
            story(h, body, s, "", "<br><br>\n", "<center>* * *</center>\n");
        }
        List<String> moreNotes = new ArrayList<>();
        if (s.endNote() != null) {
            h.append(dreamwidth ? "<p>" : "").append(Html.escape(s.endNote())).append(dreamwidth ? "</p>\n" : "<br>\n");
            if (s.endNote().startsWith("Title")) {
                moreNotes.add(s.endNote());
            }
        }
        h.append("</div>\n<div class=\"ljtags\">Tags: <a href=\"/tag/fic\">fic</a>, <a href=\"/tag/")
                .append(Html.slug(s.fandom().shortName(), '+')).append("\">").append(Html.escape(s.fandom().shortName()))
                .append("</a></div>\n</div>\n<div id=\"comments\">\n");
        int id = (int) (postId % 100_000) * 100;
        for (ReaderComment c : s.comments()) {
            String user = Journal.username(c.user());
            h.append(dreamwidth ? "<div class=\"comment-wrapper\"><div class=\"comment\" id=\"cmt"
                    : "<div class=\"comment\" id=\"ljcmt")
                    .append(id++).append("\"><span class=\"ljuser\" lj:user=\"").append(user).append("\">").append(user)
                    .append("</span> <span class=\"comment-datetime\">").append(DateStyles.journalComment(c.at()))
                    .append(" (UTC)</span><div class=\"comment-body\">").append(Html.escape(c.text())).append("</div></div>")
                    .append(dreamwidth ? "</div>\n" : "\n");
        }
        h.append("</div>\n</body></html>\n");

        ExpectedFields e = new ExpectedFields();
        header.expect(e, moreNotes);
        if (!authorLine) {
            e.put("authors", List.of(journal.poster()));
        }
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        e.put("commentCount", s.comments().size());
        body.expect(e, true);
        List<String> excludes = new ArrayList<>(List.of("(UTC)", "Title:", "Summary:", journal.name() + ":"));
        if (s.endNote() != null) {
            excludes.add(s.endNote());
        }
        if (s.notes() != null) {
            excludes.add(s.notes());
        }
        e.put("bodyExcludes", excludes);
        e.put("sourceFormat", kind.sourceFormat());
        String path = (dreamwidth ? "dreamwidth/" : "livejournal/") + journal.name() + "-" + postId + ".html";
        return List.of(new GeneratedDocument(path, Encoding.utf8(h.toString()), kind, s.key(),
                duplicate, body.words(), e));
    }

    /** The story's paragraphs, each as {@code open + text + close}; parts get a bold heading. */
    private static void story(StringBuilder h, Body body, Story s, String open, String close, String sceneBreak) {
        boolean several = s.chapters().size() > 1;
        for (int i = 0; i < s.chapters().size(); i++) {
            Chapter c = s.chapters().get(i);
            if (several) {
                String heading = "Part " + (i + 1);
                h.append(open).append("<b>").append(heading).append("</b>").append(close);
                body.chapter(heading, true);
            }
            HtmlParagraphs.write(h, body, c, open, close, sceneBreak);
        }
    }
}
