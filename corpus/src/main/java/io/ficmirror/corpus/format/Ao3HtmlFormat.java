package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Author;
import io.ficmirror.corpus.work.CastMember;
import io.ficmirror.corpus.work.Chapter;
import io.ficmirror.corpus.work.Fandom;
import io.ficmirror.corpus.work.Relationship;
import io.ficmirror.corpus.work.Story;
import io.ficmirror.corpus.work.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * An AO3 work page as a mirror saves it: the tag list ({@code dl.work.meta}), preface with title, byline, summary
 * and notes, then the work text, or every chapter when the work has several ("Entire Work"), end notes, kudos.
 */
final class Ao3HtmlFormat implements DocumentFormat {
    private static final long WORK_IDS = 10_000_000L;

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        long workId = Ids.of(WORK_IDS, s.index(), duplicate);
        StringBuilder h = new StringBuilder(s.words() * 7 + 8_000);
        String title = Html.escape(s.title());
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append(" - ")
                .append(Html.escape(s.authors().get(0).name())).append(" - ").append(Html.escape(s.fandom().name()))
                .append(" [Archive of Our Own]</title></head>\n<body>\n")
                .append("<div id=\"header\"><ul class=\"primary navigation\"><li><a href=\"/works\">Works</a></li>")
                .append("<li><a href=\"/bookmarks\">Bookmarks</a></li><li><a href=\"/tags\">Tags</a></li></ul></div>\n")
                .append("<div id=\"main\" class=\"works-show region\">\n");
        if (s.multiChapter()) {
            h.append("<ul class=\"work navigation actions\" role=\"menu\"><li class=\"chapter bychapter\"><a href=\"/works/")
                    .append(workId).append("/chapters/").append(workId * 3).append("#workskin\">Chapter by Chapter</a></li></ul>\n");
        }
        meta(h, s, workId);
        h.append("<div id=\"workskin\">\n <div class=\"preface group\">\n  <h2 class=\"title heading\">").append(title)
                .append("</h2>\n  <h3 class=\"byline heading\">");
        for (int i = 0; i < s.authors().size(); i++) {
            Author a = s.authors().get(i);
            String slug = Html.slug(a.name(), '_');
            h.append(i > 0 ? ", " : "").append("<a rel=\"author\" href=\"/users/").append(slug).append("/pseuds/")
                    .append(slug).append("\">").append(Html.escape(a.name())).append("</a>");
        }
        h.append("</h3>\n");
        if (s.summary() != null) {
            h.append("  <div class=\"summary module\"><h3 class=\"heading\">Summary:</h3><blockquote class=\"userstuff\"><p>")
                    .append(Html.escape(s.summary())).append("</p></blockquote></div>\n");
        }
        if (s.notes() != null) {
            h.append("  <div class=\"notes module\"><h3 class=\"heading\">Notes:</h3><blockquote class=\"userstuff\"><p>")
                    .append(Html.escape(s.notes())).append("</p></blockquote></div>\n");
        }
        h.append(" </div>\n <div id=\"chapters\" role=\"article\">\n");
        Body body = new Body(Body.HTML_VIEW);
        if (s.multiChapter()) {
            for (int i = 0; i < s.chapters().size(); i++) {
                chapter(h, body, s.chapters().get(i), i + 1, workId, r);
            }
        } else {
            h.append("  <h3 class=\"landmark heading\" id=\"work\">Work Text:</h3>\n  <div class=\"userstuff\">");
            paragraphs(h, body, s.chapters().get(0), r);
            h.append("</div>\n");
        }
        h.append(" </div>\n");
        if (s.endNote() != null) {
            h.append(" <div class=\"afterword preface group\"><div id=\"work_endnotes\" class=\"end notes module\">")
                    .append("<h3 class=\"heading\">Notes:</h3><blockquote class=\"userstuff\"><p>")
                    .append(Html.escape(s.endNote())).append("</p></blockquote></div></div>\n");
        }
        h.append("</div>\n<div id=\"feedback\" class=\"feedback\"><h3 class=\"heading\">Kudos and Comments</h3><p class=\"kudos\">")
                .append(r.between(3, 900)).append(" people left kudos on this work!</p><ol class=\"thread\">");
        for (int i = 0; i < Math.min(3, s.comments().size()); i++) {
            h.append("<li class=\"comment group\" id=\"comment_").append(workId * 10 + i).append("\"><h4 class=\"heading byline\">")
                    .append(Html.escape(s.comments().get(i).user())).append("</h4><blockquote class=\"userstuff\"><p>")
                    .append(Html.escape(s.comments().get(i).text())).append("</p></blockquote></li>");
        }
        h.append("</ol></div>\n</div>\n<div id=\"footer\"><p>Archive of Our Own, a project of the Organization for ")
                .append("Transformative Works</p></div>\n</body></html>\n");

        ExpectedFields e = Ao3Expected.of(s);
        List<String> notes = new ArrayList<>();
        if (s.notes() != null) {
            notes.add(s.notes());
        }
        if (s.endNote() != null) {
            notes.add(s.endNote());
        }
        if (!notes.isEmpty()) {
            e.put("notesContains", notes);
        }
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        body.expect(e, true);
        e.put("bodyExcludes", List.of("Work Text:", "Chapter Text", "people left kudos", "Archive of Our Own"));
        e.put("sourceFormat", DocumentKind.AO3_HTML.sourceFormat());
        byte[] bytes = Encoding.utf8(h.toString());
        String path = "ao3/works-" + workId + ".html";
        return List.of(new GeneratedDocument(path, bytes, DocumentKind.AO3_HTML, s.key(), duplicate, body.words(), e));
    }

    private static void meta(StringBuilder h, Story s, long workId) {
        h.append("<dl class=\"work meta group\">\n");
        tags(h, "rating", "Rating:", List.of(s.rating().ao3()));
        tags(h, "warning", "Archive Warning:", s.warnings().stream().map(Warning::ao3).toList());
        tags(h, "category", "Category:", List.of(s.category()));
        tags(h, "fandom", "Fandom:", s.fandoms().stream().map(Fandom::name).toList());
        if (!s.relationships().isEmpty()) {
            tags(h, "relationship", "Relationship:", s.relationships().stream().map(rel -> rel.written(true)).toList());
        }
        tags(h, "character", "Characters:", s.characters().stream().map(CastMember::fullName).toList());
        tags(h, "freeform", "Additional Tags:", s.tags());
        h.append(" <dt class=\"language\" lang=\"en\">Language:</dt><dd class=\"language\">").append(s.language().nativeName())
                .append("</dd>\n");
        if (s.series() != null) {
            h.append(" <dt class=\"series\">Series:</dt><dd class=\"series\"><span class=\"series\"><span class=\"position\">Part ")
                    .append(s.series().part()).append(" of the <a href=\"/series/").append(workId / 7).append("\">")
                    .append(Html.escape(s.series().title())).append("</a> series</span></span></dd>\n");
        }
        int n = s.chapters().size();
        h.append(" <dt class=\"stats\">Stats:</dt><dd class=\"stats\"><dl class=\"stats\"><dt class=\"published\">Published:</dt>")
                .append("<dd class=\"published\">").append(DateStyles.iso(s.published())).append("</dd>");
        if (n > 1) {
            h.append("<dt class=\"status\">").append(s.complete() ? "Completed:" : "Updated:").append("</dt><dd class=\"status\">")
                    .append(DateStyles.iso(s.updated())).append("</dd>");
        }
        h.append("<dt class=\"words\">Words:</dt><dd class=\"words\">").append(Numbers.thousands(s.words()))
                .append("</dd><dt class=\"chapters\">Chapters:</dt><dd class=\"chapters\">").append(n).append('/')
                .append(s.complete() ? String.valueOf(n) : "?").append("</dd></dl></dd>\n</dl>\n");
    }

    private static void tags(StringBuilder h, String css, String label, List<String> values) {
        h.append(" <dt class=\"").append(css).append(" tags\">").append(label).append("</dt><dd class=\"").append(css)
                .append(" tags\"><ul class=\"commas\">");
        for (String v : values) {
            h.append("<li><a class=\"tag\" href=\"/tags/").append(Html.slug(v, '-')).append("/works\">")
                    .append(Html.escape(v)).append("</a></li>");
        }
        h.append("</ul></dd>\n");
    }

    private static void chapter(StringBuilder h, Body body, Chapter c, int number, long workId, Rng r) {
        String heading = "Chapter " + number + (c.title() == null ? "" : ": " + c.title());
        body.chapter(heading, false);
        h.append("  <div class=\"chapter\" id=\"chapter-").append(number).append("\">\n   <div class=\"chapter preface group\" ")
                .append("role=\"complementary\"><h3 class=\"title\"><a href=\"/works/").append(workId).append("/chapters/")
                .append(workId * 3 + number).append("\">Chapter ").append(number).append("</a>");
        if (c.title() != null) {
            h.append(": ").append(Html.escape(c.title()));
        }
        h.append("</h3></div>\n   <div class=\"userstuff module\" role=\"article\"><h3 class=\"landmark heading\" id=\"work\">")
                .append("Chapter Text</h3>");
        paragraphs(h, body, c, r);
        h.append("</div>\n  </div>\n");
    }

    private static void paragraphs(StringBuilder h, Body body, Chapter c, Rng r) {
        HtmlParagraphs.write(h, body, c, "<p>", "</p>\n", r.chance(0.5) ? "<hr />" : "<p style=\"text-align: center;\">* * *</p>");
    }
}
