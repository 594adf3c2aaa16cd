package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Chapter;
import io.ficmirror.corpus.work.Fandom;
import io.ficmirror.corpus.work.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * fanfiction.net story pages, one per chapter as the site serves them: breadcrumb with the fandom, the profile block
 * with title, author, summary and stats line, the chapter menu, the chapter's text (an author's note opening the
 * first, a plea closing the last), review link and footer. A work of n chapters is n documents.
 */
final class FfnetHtmlFormat implements DocumentFormat {
    static final long STORY_IDS = 1_000_000L;

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        long storyId = Ids.of(STORY_IDS, s.index(), duplicate);
        long userId = 10_000 + Math.floorMod(s.authors().get(0).name().hashCode(), 4_000_000);
        FfnetStatsLine stats = new FfnetStatsLine(s, storyId, true, r.nextInt(2), r.nextInt(3), r.skewed(400));
        String slug = Html.slug(s.title(), '-');
        String crumb = crumb(s.fandoms());
        List<GeneratedDocument> docs = new ArrayList<>();
        int n = s.chapters().size();
        for (int i = 0; i < n; i++) {
            Chapter c = s.chapters().get(i);
            int number = i + 1;
            String chapterName = c.title() == null ? "Chapter " + number : c.title();
            StringBuilder h = new StringBuilder(c.words() * 7 + 4_000);
            h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(Html.escape(s.title()));
            if (n > 1) {
                h.append(" Chapter ").append(number).append(": ").append(Html.escape(chapterName));
            }
            h.append(", a ").append(Html.escape(crumb)).append(" fanfic | FanFiction</title>\n<link rel=\"canonical\" ")
                    .append("href=\"//www.fanfiction.net/s/").append(storyId).append('/').append(number).append('/')
                    .append(slug).append("\"></head><body>\n<div id=\"top\"><a href=\"/\">FanFiction</a> | ")
                    .append("<a href=\"/login\">Login</a> | <a href=\"/j/\">Just In</a></div>\n")
                    .append("<div id=\"pre_story_links\"><a href=\"/").append(Html.slug(s.fandom().ffnetCategory(), '-'))
                    .append("/\">").append(Html.escape(s.fandom().ffnetCategory())).append("</a> &raquo; <a href=\"/")
                    .append(Html.slug(s.fandom().ffnetCategory(), '-')).append('/').append(Html.slug(crumb, '-'))
                    .append("/\">").append(Html.escape(crumb)).append("</a></div>\n<div id=\"profile_top\">\n")
                    .append("<b class=\"xcontrast_txt\">").append(Html.escape(s.title())).append("</b> By: <a href=\"/u/")
                    .append(userId).append('/').append(Html.slug(s.authors().get(0).name(), '-')).append("\">")
                    .append(Html.escape(s.authors().get(0).name())).append("</a>\n");
            // the site always prints the summary's block, empty when there is none; the stats line follows it
            h.append("<div class=\"xcontrast_txt\">").append(s.summary() == null ? "" : Html.escape(s.summary()))
                    .append("</div>\n");
            h.append("<span class=\"xgray xcontrast_txt\">").append(Html.escape(stats.line())).append("</span>\n</div>\n");
            if (n > 1) {
                menu(h, s, storyId, number, slug);
            }
            Body body = new Body(Body.HTML_VIEW);
            h.append("<div id=\"storytext\" class=\"storytext xcontrast_txt nocopy\">\n");
            boolean opening = i == 0;
            if (opening && s.disclaimer() != null) {
                h.append("<p>Disclaimer: ").append(Html.escape(s.disclaimer())).append("</p>\n");
            }
            if (opening && s.notes() != null) {
                h.append("<p>A/N: ").append(Html.escape(s.notes())).append("</p>\n");
            }
            HtmlParagraphs.write(h, body, c, "<p>", "</p>\n", "<hr size=\"1\" noshade>\n");
            boolean plea = i == n - 1 && s.endNote() != null && !s.endNote().startsWith("Title");
            if (plea) {
                h.append("<p>A/N: ").append(Html.escape(s.endNote())).append("</p>\n");
            }
            h.append("</div>\n");
            if (n > 1) {
                menu(h, s, storyId, number, slug);
                if (number < n) {
                    h.append("<button type=\"button\" onClick=\"self.location='/s/").append(storyId).append('/')
                            .append(number + 1).append('/').append(slug).append("'\">Next &gt;</button>\n");
                }
            }
            h.append("<div id=\"review\"><a href=\"/r/").append(storyId).append("/\">Review this story</a></div>\n")
                    .append("<div id=\"footer\">FanFiction.Net &copy; Terms of Service | Privacy</div>\n</body></html>\n");

            ExpectedFields e = new ExpectedFields();
            e.put("title", s.title());
            e.put("authors", List.of(s.authors().get(0).name()));
            e.put("fandomsInclude", s.fandoms().stream().map(Fandom::shortName).toList());
            stats.expect(e, s);
            if (s.summary() != null) {
                e.put("summary", s.summary());
            }
            if (opening && s.disclaimer() != null) {
                e.put("disclaimer", s.disclaimer());
            }
            if (opening && s.notes() != null) {
                e.put("notesContains", List.of(s.notes()));
            }
            e.put("published", DateStyles.iso(s.published()));
            e.put("language", s.language().tag());
            body.expect(e, false);
            List<String> excludes = new ArrayList<>(List.of("Rated:", "Review this story", "FanFiction.Net"));
            if (opening && s.notes() != null) {
                excludes.add("A/N:");
            }
            if (plea) {
                excludes.add(s.endNote());
            }
            e.put("bodyExcludes", excludes);
            e.put("sourceFormat", DocumentKind.FFNET_HTML.sourceFormat());
            String path = "ffnet/s-" + storyId + "-" + number + ".html";
            docs.add(new GeneratedDocument(path, Encoding.utf8(h.toString()), DocumentKind.FFNET_HTML,
                    s.key(), duplicate, body.words(), e));
        }
        return docs;
    }

    /** The breadcrumb's fandom: "Lanternfall", or "Lanternfall + The Salt Kings Crossover". */
    private static String crumb(List<Fandom> fandoms) {
        return fandoms.size() == 1 ? fandoms.get(0).shortName()
                : fandoms.get(0).shortName() + " + " + fandoms.get(1).shortName() + " Crossover";
    }

    private static void menu(StringBuilder h, Story s, long storyId, int selected, String slug) {
        h.append("<span class=\"lc-left\"><select id=\"chap_select\" title=\"Chapter Navigation\" name=\"chapter\" ")
                .append("onChange=\"self.location = '/s/").append(storyId)
                .append("/'+ this.options[this.selectedIndex].value + '/").append(slug).append("';\">");
        for (int k = 0; k < s.chapters().size(); k++) {
            Chapter c = s.chapters().get(k);
            h.append("<option value=\"").append(k + 1).append('"').append(k + 1 == selected ? " selected" : "").append('>')
                    .append(k + 1).append(". ").append(Html.escape(c.title() == null ? "Chapter " + (k + 1) : c.title()));
        }
        h.append("</select></span>\n");
    }
}
