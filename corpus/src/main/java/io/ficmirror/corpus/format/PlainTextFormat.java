package io.ficmirror.corpus.format;

import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Story;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A story saved as a plain text file, the commonest thing in old mirrors: with a header block (in the story's
 * language: Titre, Titel, Título...), with only a title and a "by" line, or bare (a disclaimer and a note at most).
 * The file is UTF-8, Windows-1252 (curly quotes as single bytes) or ISO-8859-1 (plain punctuation), as its kind says.
 */
final class PlainTextFormat implements DocumentFormat {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final DocumentKind kind;

    PlainTextFormat(DocumentKind kind) {
        this.kind = kind;
    }

    @Override
    public List<GeneratedDocument> render(Story s, boolean duplicate, Rng r) {
        Charset charset = kind == DocumentKind.PLAIN_CP1252 ? WINDOWS_1252
                : kind == DocumentKind.PLAIN_LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        Typography typography = kind == DocumentKind.PLAIN_LATIN1 ? Typography.PLAIN : Typography.TYPOGRAPHIC;
        char emphasis = r.chance(0.3) ? '*' : 0;
        TextDocument t = new TextDocument(s.words() * 7 + 2_000, typography, emphasis, 0);
        ExpectedFields e = new ExpectedFields();
        List<String> excludes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int layout = s.language() == Language.ENGLISH ? r.nextInt(10) : 0;
        HeaderBlock header = null;
        if (layout < 6) {
            header = new HeaderBlock(s, r, new HeaderBlock.Options(true, r.chance(0.3), r.chance(0.4), true, false));
            String colon = HeaderBlock.colon(s.language());
            for (HeaderBlock.Line line : header.lines) {
                t.line(line.label() + colon + line.value());
            }
            t.blank();
            if (r.chance(0.3)) {
                t.line("~~~~~~~~~~~~~~~~~~~~").blank();
            }
            excludes.add(header.lines.get(0).label() + colon.stripTrailing());
        } else if (layout < 8) {
            t.line(s.title()).line("by " + s.authors().get(0).name()).blank();
            e.put("title", s.title());
            e.put("authors", List.of(s.authors().get(0).name()));
        } else {
            e.put("title", null);
            e.put("authors", List.of());
            if (s.disclaimer() != null) {
                t.line("Disclaimer: " + s.disclaimer()).blank();
                e.put("disclaimer", s.disclaimer());
                excludes.add("Disclaimer:");
            }
            if (s.notes() != null) {
                t.line("A/N: " + s.notes()).blank();
                notes.add(s.notes());
                excludes.add("A/N:");
            }
        }
        t.story(s, TextDocument.Headings.CHAPTER, r.pick(new String[] {"* * *", "***", "~~~", "+++"}));
        boolean endMarker = r.chance(0.3) && s.language() != Language.GERMAN;
        if (endMarker) {
            t.line(s.language() == Language.ENGLISH ? "The End" : "FIN").blank();
        }
        if (s.endNote() != null) {
            boolean titleSource = s.endNote().startsWith("Title");
            if (!titleSource || !endMarker) {
                t.line(s.endNote());
                excludes.add(s.endNote());
                if (titleSource) {
                    notes.add(s.endNote());
                }
            }
        }

        if (header != null) {
            header.expect(e, notes);
        } else if (!notes.isEmpty()) {
            e.put("notesContains", notes);
        }
        e.put("language", s.language().tag());
        t.body.expect(e, true);
        if (!excludes.isEmpty()) {
            e.put("bodyExcludes", excludes);
        }
        e.put("sourceFormat", kind.sourceFormat());
        String path = "plain/" + Html.slug(s.title(), '_') + "-" + Ids.of(0, s.index(), duplicate) + ".txt";
        byte[] bytes = charset.equals(StandardCharsets.UTF_8) ? Encoding.utf8(t.text()) : Encoding.encode(t.text(), charset);
        return List.of(new GeneratedDocument(path, bytes, kind, s.key(), duplicate, t.body.words(), e));
    }
}
