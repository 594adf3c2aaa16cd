package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.ReaderComment;
import io.ficmirror.corpus.work.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A LiveJournal post copied as text: subject line, post time ("3rd-Feb-2009 09:15 pm"), the header block, an
 * author's note, the story in parts, then the reader comments, each under its "(UTC)" time stamp.
 */
final class JournalTextFormat implements DocumentFormat {
    static final long POST_IDS = 100_000L;

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        Journal journal = Journal.of(s, r, Ids.of(POST_IDS, s.index(), duplicate));
        LocalDateTime posted = s.published().atTime(r.nextInt(24), r.nextInt(60));
        TextDocument t = new TextDocument(s.words() * 7 + 4_000, Typography.TYPOGRAPHIC, r.chance(0.5) ? '*' : 0, 0);
        t.line(journal.subject()).line(DateStyles.journal(posted));
        if (r.chance(0.3)) {
            t.line("Current mood: " + r.pick(new String[] {"accomplished", "nervous", "sleepy", "giddy", "tired"}));
        }
        t.blank();
        HeaderBlock header = new HeaderBlock(s, r, new HeaderBlock.Options(true, r.chance(0.3), false, false, false));
        for (HeaderBlock.Line line : header.lines) {
            t.line(line.label() + ": " + line.value());
        }
        t.blank();
        if (s.notes() != null) {
            t.line("Author's Note:").line(s.notes()).blank().blank();
        }
        t.story(s, TextDocument.Headings.PART, r.chance(0.5) ? "~~~" : "* * *");
        List<String> moreNotes = new ArrayList<>();
        if (s.notes() != null) {
            moreNotes.add(s.notes());
        }
        if (s.endNote() != null) {
            t.line(s.endNote()).blank();
            if (s.endNote().startsWith("Title")) {
                moreNotes.add(s.endNote());
            }
        }
        for (ReaderComment c : s.comments()) {
            t.line(DateStyles.journal(c.at()) + " (UTC)").line(c.text());
        }

        ExpectedFields e = new ExpectedFields();
        header.expect(e, moreNotes);
        e.put("published", DateStyles.iso(s.published()));
        e.put("language", s.language().tag());
        if (!s.comments().isEmpty()) {
            e.put("commentCount", s.comments().size());
        }
        t.body.expect(e, true);
        List<String> excludes = new ArrayList<>(List.of("(UTC)", "Title:", "Summary:", "Author's Note"));
        if (s.endNote() != null) {
            excludes.add(s.endNote());
        }
        e.put("bodyExcludes", excludes);
        e.put("sourceFormat", DocumentKind.JOURNAL_TEXT.sourceFormat());
        String path = "livejournal/" + journal.name() + "-" + journal.postId() + ".txt";
        return List.of(new GeneratedDocument(path, Encoding.utf8(t.text()), DocumentKind.JOURNAL_TEXT,
                s.key(), duplicate, t.body.words(), e));
    }
}
