package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * A fanfiction.net story saved as text by a download tool: title, "by" line, the stats line, disclaimer and
 * author's note, the chapters under "Chapter N: Title" headings, and a plea to review.
 */
final class FfnetTextFormat implements DocumentFormat {

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        long storyId = Ids.of(FfnetHtmlFormat.STORY_IDS, s.index(), duplicate) + 11;
        FfnetStatsLine stats = new FfnetStatsLine(s, storyId, false, r.nextInt(2), r.nextInt(3), r.skewed(400));
        TextDocument t = new TextDocument(s.words() * 7 + 2_000, Typography.TYPOGRAPHIC, (char) 0, 0);
        t.line(s.title()).line("by " + s.authors().get(0).name()).blank().line(stats.line()).blank();
        if (s.disclaimer() != null) {
            t.line("Disclaimer: " + s.disclaimer()).blank();
        }
        if (s.notes() != null) {
            t.line("A/N: " + s.notes()).blank();
        }
        t.story(s, TextDocument.Headings.CHAPTER, r.chance(0.5) ? "-x-x-x-" : "* * *");
        boolean plea = s.endNote() != null && !s.endNote().startsWith("Title");
        if (plea) {
            t.line(s.endNote());
        }

        ExpectedFields e = new ExpectedFields();
        e.put("title", s.title());
        e.put("authors", List.of(s.authors().get(0).name()));
        stats.expect(e, s);
        if (s.disclaimer() != null) {
            e.put("disclaimer", s.disclaimer());
        }
        if (s.notes() != null) {
            e.put("notesContains", List.of(s.notes()));
        }
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        t.body.expect(e, true);
        List<String> excludes = new ArrayList<>(List.of("Rated:", "Disclaimer:", "A/N:"));
        if (plea) {
            excludes.add(s.endNote());
        }
        e.put("bodyExcludes", excludes);
        e.put("sourceFormat", DocumentKind.FFNET_TEXT.sourceFormat());
        String path = "ffnet/" + storyId + "-" + Html.slug(s.title(), '_') + ".txt";
        return List.of(new GeneratedDocument(path, Encoding.utf8(t.text()), DocumentKind.FFNET_TEXT,
                s.key(), duplicate, t.body.words(), e));
    }
}
