package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Author;
import io.ficmirror.corpus.work.CastMember;
import io.ficmirror.corpus.work.Fandom;
import io.ficmirror.corpus.work.Story;
import io.ficmirror.corpus.work.Warning;
import java.util.List;

/**
 * AO3's plain-text download: the work's tags as indented "Label:" blocks under "Posted originally on the Archive
 * of Our Own", title and byline again, "Summary" and "Notes" sections, then the chapters.
 */
final class Ao3TextFormat implements DocumentFormat {
    private static final long WORK_IDS = 10_000_000L;

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        long workId = Ids.of(WORK_IDS, s.index(), duplicate) + 7;
        TextDocument t = new TextDocument(s.words() * 7 + 4_000, Typography.TYPOGRAPHIC, (char) 0, 0);
        t.line(s.title()).line("Posted originally on the Archive of Our Own at https://archiveofourown.org/works/"
                + workId + ".").blank();
        block(t, "Rating:", List.of(s.rating().ao3()));
        block(t, "Archive Warning:", s.warnings().stream().map(Warning::ao3).toList());
        block(t, "Category:", List.of(s.category()));
        block(t, "Fandom:", s.fandoms().stream().map(Fandom::name).toList());
        if (!s.relationships().isEmpty()) {
            block(t, "Relationship:", s.relationships().stream().map(rel -> rel.written(true)).toList());
        }
        block(t, "Character:", s.characters().stream().map(CastMember::fullName).toList());
        block(t, "Additional Tags:", s.tags());
        block(t, "Language:", List.of(s.language().nativeName()));
        if (s.series() != null) {
            block(t, "Series:", List.of("Part " + s.series().part() + " of " + s.series().title()));
        }
        int n = s.chapters().size();
        String stats = "Published: " + DateStyles.iso(s.published())
                + (n > 1 ? (s.complete() ? " Completed: " : " Updated: ") + DateStyles.iso(s.updated()) : "")
                + " Words: " + Numbers.thousands(s.words()) + " Chapters: " + n + "/" + (s.complete() ? n : "?");
        block(t, "Stats:", List.of(stats));
        t.blank().line(s.title()).line("by " + String.join(", ", s.authors().stream().map(Author::name).toList())).blank();
        if (s.summary() != null) {
            t.line("Summary").blank().line(s.summary()).blank();
        }
        if (s.notes() != null) {
            t.line("Notes").blank().line(s.notes()).blank();
        }
        t.story(s, TextDocument.Headings.CHAPTER, "* * *");

        ExpectedFields e = Ao3Expected.of(s);
        if (s.notes() != null) {
            e.put("notesContains", List.of(s.notes()));
        }
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        t.body.expect(e, true);
        e.put("bodyExcludes", List.of("Posted originally", "Rating:", "Additional Tags:", "Published:"));
        e.put("sourceFormat", DocumentKind.AO3_TEXT.sourceFormat());
        byte[] bytes = Encoding.utf8(t.text());
        String path = "ao3/works-" + workId + ".txt";
        return List.of(new GeneratedDocument(path, bytes, DocumentKind.AO3_TEXT, s.key(), duplicate, t.body.words(), e));
    }

    private static void block(TextDocument t, String label, List<String> values) {
        t.line(label).line("    " + String.join(", ", values));
    }
}
