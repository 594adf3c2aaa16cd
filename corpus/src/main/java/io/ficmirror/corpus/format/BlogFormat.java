package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Chapter;
import io.ficmirror.corpus.work.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A story posted on a personal blog: the blog's header, navigation and archive sidebar, the post (title, date, a
 * bold-label header block, the story, hashtags as its last line), the post footer, comments and the engine's footer.
 */
final class BlogFormat implements DocumentFormat {

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        String blog = r.pick(new String[] {"Inkwell & Ember", "Notes from the Attic", "Small Hours", "The Lantern Room",
            "Paper Boats", "Saltwater Ink", "Tea and Typewriters", "Quiet Corners"});
        String blogSlug = Html.slug(blog, '-');
        long postId = Ids.of(0, s.index(), duplicate);
        HeaderBlock header = new HeaderBlock(s, r, new HeaderBlock.Options(true, false, false, true, false));
        List<String> hashtags = new ArrayList<>();
        for (String tag : s.tags().subList(0, Math.min(3, s.tags().size()))) {
            hashtags.add(tag.toLowerCase(Locale.ROOT));
        }

        StringBuilder h = new StringBuilder(s.words() * 7 + 5_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(blog))
                .append(": Fic: ").append(Html.escape(s.title())).append("</title></head>\n<body>\n")
                .append("<div class=\"blog-header\"><h1><a href=\"/\">").append(Html.escape(blog)).append("</a></h1>")
                .append("<p class=\"description\">Fic, crafts and the occasional recipe.</p></div>\n")
                .append("<nav><a href=\"/\">Home</a> | <a href=\"/archive\">Archive</a> | <a href=\"/about\">About</a></nav>\n")
                .append("<div class=\"sidebar\"><h3>Blog archive</h3><ul>");
        for (int y = 0; y < 3; y++) {
            h.append("<li><a href=\"/").append(s.published().getYear() - y).append("/\">").append(s.published().getYear() - y)
                    .append("</a></li>");
        }
        h.append("</ul><h3>Elsewhere</h3><ul><li><a href=\"/links\">Links</a></li><li><a href=\"/recs\">Recs</a></li></ul></div>\n")
                .append("<div class=\"post\">\n<h2 class=\"post-title\">Fic: ").append(Html.escape(s.title())).append("</h2>\n")
                .append("<div class=\"post-header\"><time datetime=\"").append(DateStyles.iso(s.published())).append("\">")
                .append(DateStyles.englishDayFirst(s.published())).append("</time></div>\n<div class=\"post-body\">\n<p>");
        for (int i = 0; i < header.lines.size(); i++) {
            HeaderBlock.Line line = header.lines.get(i);
            h.append(i > 0 ? "<br>" : "").append("<b>").append(Html.escape(line.label())).append(":</b> ")
                    .append(Html.escape(line.value()));
        }
        h.append("</p>\n");
        Body body = new Body(Body.HTML_VIEW);
        boolean several = s.chapters().size() > 1;
        for (int i = 0; i < s.chapters().size(); i++) {
            Chapter c = s.chapters().get(i);
            if (several) {
                String heading = "Chapter " + (i + 1) + (c.title() == null ? "" : ": " + c.title());
                h.append("<h3>").append(Html.escape(heading)).append("</h3>\n");
                body.chapter(heading, true);
            }
            HtmlParagraphs.write(h, body, c, "<p>", "</p>\n", "<p style=\"text-align:center\">* * *</p>\n");
        }
        h.append("<p>");
        for (String tag : hashtags) {
            h.append(h.charAt(h.length() - 1) == '>' ? "" : " ").append('#').append(Html.escape(tag));
        }
        h.append("</p>\n</div>\n<div class=\"post-footer\">Posted by ").append(Html.escape(s.authors().get(0).name()))
                .append(" at ").append(r.between(1, 12)).append(':').append(r.between(10, 59)).append(" PM | ")
                .append(s.comments().size()).append(" comments | <a href=\"/share\">Share</a></div>\n</div>\n")
                .append("<div class=\"comments\"><h4>").append(s.comments().size())
                .append(" comments:</h4><dl id=\"comments-block\">");
        for (int i = 0; i < Math.min(5, s.comments().size()); i++) {
            h.append("<dt class=\"comment-author\">").append(Html.escape(s.comments().get(i).user())).append(" said...</dt>")
                    .append("<dd class=\"comment-body\"><p>").append(Html.escape(s.comments().get(i).text())).append("</p></dd>");
        }
        h.append("</dl></div>\n<footer>Powered by a blog engine. Copyright ").append(s.published().getYear())
                .append(".</footer>\n</body></html>\n");

        ExpectedFields e = new ExpectedFields();
        header.expect(e, List.of());
        if (!e.has("tagsInclude")) {
            e.put("tagsInclude", hashtags);
        }
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        body.expect(e, true);
        e.put("bodyExcludes", List.of("Title:", "Powered by", "Blog archive", "#" + hashtags.get(0)));
        e.put("sourceFormat", DocumentKind.BLOG.sourceFormat());
        String path = "blogs/" + blogSlug + "-" + s.published().toString().substring(0, 7) + "-"
                + Html.slug(s.title(), '-') + "-" + postId + ".html";
        return List.of(new GeneratedDocument(path, Encoding.utf8(h.toString()), DocumentKind.BLOG,
                s.key(), duplicate, body.words(), e));
    }
}
