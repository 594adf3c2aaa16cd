package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.CastMember;
import io.ficmirror.corpus.work.Chapter;
import io.ficmirror.corpus.work.Rating;
import io.ficmirror.corpus.work.Story;
import io.ficmirror.corpus.work.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * An eFiction archive's {@code viewstory.php} page: the title and author links, the label/value block (summary,
 * rating, categories, characters, genres, warnings, chapters, dates), notes, the whole story (every chapter under
 * its title, as "chapter=all" shows it) and the archive's footer. A multi-fandom archive files a story under its
 * fandom; a single-fandom archive under kinds of story (Slash, Gen...), so its pages do not name the fandom.
 */
final class EfictionFormat implements DocumentFormat {
    /** The story id, which also names the file: unique per work and copy. */
    static long sid(int workIndex, boolean duplicate) {
        return Ids.of(100, workIndex, duplicate);
    }

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        boolean multiFandom = s.fandom().real();
        String archive = multiFandom ? "multifandom" : Html.slug(s.fandom().shortName(), '-');
        String host = archive + ".archive.example.org";
        long sid = sid(s.index(), duplicate);
        long uid = 1 + Math.floorMod(s.authors().get(0).name().hashCode(), 90_000);
        boolean letters = r.chance(0.5);
        String rating = letters ? s.rating().letters(r.nextInt(2)) : s.rating().efiction();
        String author = Html.escape(s.authors().get(0).name());
        String title = Html.escape(s.title());
        int n = s.chapters().size();

        StringBuilder h = new StringBuilder(s.words() * 7 + 4_000);
        h.append("<html><head><meta charset=\"utf-8\"><title>").append(Html.escape(archiveName(s, multiFandom)))
                .append(" :: ").append(title).append(" by ").append(author).append("</title></head><body>\n")
                .append("<div id=\"header\"><a href=\"index.php\">Home</a> | <a href=\"browse.php\">Browse</a> | ")
                .append("<a href=\"search.php\">Search</a> | <a href=\"authors.php\">Authors</a></div>\n")
                .append("<div id=\"pagetitle\"><a href=\"viewstory.php?sid=").append(sid).append("\">").append(title)
                .append("</a> by <a href=\"viewuser.php?uid=").append(uid).append("\">").append(author).append("</a></div>\n")
                .append("<div class=\"content\">\n");
        if (s.summary() != null) {
            label(h, "Summary:", Html.escape(s.summary()));
        }
        if (rating != null) {
            label(h, "Rated:", rating);
        }
        label(h, "Categories:", Html.escape(multiFandom ? s.fandom().name() : categoryOf(s)));
        List<String> characters = s.characters().stream().map(CastMember::fullName).toList();
        label(h, "Characters:", Html.escape(String.join(", ", characters)));
        label(h, "Genres:", Html.escape(String.join(", ", s.genres())));
        label(h, "Warnings:", Html.escape(warningsWritten(s)));
        h.append("<span class=\"label\">Chapters: </span> ").append(n).append(" <span class=\"label\">Completed:</span> ")
                .append(s.complete() ? "Yes" : "No").append("<br>\n");
        h.append("<span class=\"label\">Word count:</span> ").append(s.words()).append(" <span class=\"label\">Read:</span> ")
                .append(r.between(20, 9000)).append("<br>\n");
        h.append("<span class=\"label\">Published:</span> ").append(DateStyles.usNumeric(s.published()))
                .append(" <span class=\"label\">Updated:</span> ").append(DateStyles.usNumeric(s.updated())).append("<br>\n");
        if (s.notes() != null) {
            label(h, "Notes:", Html.escape(s.notes()));
        }
        h.append("</div>\n<div id=\"story\">");
        Body body = new Body(Body.HTML_VIEW);
        for (int i = 0; i < n; i++) {
            Chapter c = s.chapters().get(i);
            if (n > 1) {
                String heading = "Chapter " + (i + 1) + (c.title() == null ? "" : ": " + c.title());
                h.append("<div class=\"chaptertitle\">").append(Html.escape(heading)).append("</div>\n");
                body.chapter(heading, true);
            }
            HtmlParagraphs.write(h, body, c, "<p>", "</p>\n", "<p align=\"center\">* * *</p>\n");
        }
        h.append("</div>\n<div id=\"footer\">This story archived at <a href=\"http://").append(host)
                .append("/viewstory.php?sid=").append(sid).append("\">http://").append(host).append("/viewstory.php?sid=")
                .append(sid).append("</a></div>\n</body></html>\n");

        ExpectedFields e = new ExpectedFields();
        e.put("title", s.title());
        e.put("authors", List.of(s.authors().get(0).name()));
        if (multiFandom) {
            e.put("fandomsInclude", List.of(s.fandom().name()));
        }
        e.put("charactersInclude", characters);
        e.put("tagsInclude", s.genres());
        e.put("warningsInclude", s.warnings().stream().map(Warning::ao3).toList());
        if (rating != null) {
            e.put("rating", Rating.onAo3Scale(rating));
        }
        if (s.summary() != null) {
            e.put("summary", s.summary());
        }
        if (s.notes() != null) {
            e.put("notesContains", List.of(s.notes()));
        }
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        body.expect(e, true);
        e.put("bodyExcludes", List.of("This story archived at", "viewstory.php", "Summary:", "Word count:"));
        e.put("sourceFormat", DocumentKind.EFICTION.sourceFormat());
        String path = "efiction/" + archive + "-viewstory-" + sid + ".html";
        return List.of(new GeneratedDocument(path, Encoding.utf8(h.toString()), DocumentKind.EFICTION,
                s.key(), duplicate, body.words(), e));
    }

    private static void label(StringBuilder h, String label, String value) {
        h.append("<span class=\"label\">").append(label).append("</span> ").append(value).append("<br>\n");
    }

    private static String archiveName(Story s, boolean multiFandom) {
        return multiFandom ? "The Multifandom Archive" : "The " + s.fandom().shortName() + " Archive";
    }

    /** A single-fandom archive's categories: what kind of story it is. */
    private static String categoryOf(Story s) {
        return switch (s.category()) {
            case "M/M" -> "Slash";
            case "F/F" -> "Femslash";
            case "F/M" -> "Het";
            default -> "Gen";
        };
    }

    private static String warningsWritten(Story s) {
        List<String> written = new ArrayList<>();
        for (Warning w : s.warnings()) {
            written.add(w == Warning.NONE ? "None" : w.written());
        }
        return String.join(", ", written);
    }
}
