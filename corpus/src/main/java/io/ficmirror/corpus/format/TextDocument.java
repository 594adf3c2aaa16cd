package io.ficmirror.corpus.format;

import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Words;
import io.ficmirror.corpus.work.Chapter;
import io.ficmirror.corpus.work.Story;
import java.util.Set;

/**
 * A plain-text document being written: header lines, then the story with its chapter headings, scene breaks and
 * paragraphs separated by blank lines (optionally wrapped, as mail is), keeping the {@link Body} in step.
 */
final class TextDocument {
    /** How chapter headings read: "Chapter 2: The Storm" (or "Chapter 2"), or "Part 2". */
    enum Headings {
        CHAPTER, PART
    }

    /** Words that make a line read as a byline when they open it ("by Maren"): a wrapped line never starts so. */
    private static final Set<String> BYLINE_WORDS = Set.of("by", "par", "por", "von", "di", "de");

    final Body body = new Body(text -> text);
    private final StringBuilder out;
    private final Typography typography;
    private final char emphasisMark;
    private final int wrap;

    /**
     * @param emphasisMark '*' or '_' around emphasised words, 0 to drop the emphasis
     * @param wrap         the line width to wrap story paragraphs at, 0 for one line a paragraph
     */
    TextDocument(int capacity, Typography typography, char emphasisMark, int wrap) {
        this.out = new StringBuilder(capacity);
        this.typography = typography;
        this.emphasisMark = emphasisMark;
        this.wrap = wrap;
    }

    TextDocument line(String text) {
        out.append(typography.apply(text)).append('\n');
        return this;
    }

    TextDocument blank() {
        out.append('\n');
        return this;
    }

    /** "Label: value", or nothing when the value is null. */
    TextDocument header(String label, String value) {
        if (value != null) {
            line(label + value);
        }
        return this;
    }

    /** The story's chapters; headings only when there are several. */
    void story(Story s, Headings headings, String sceneBreak) {
        boolean several = s.chapters().size() > 1;
        for (int i = 0; i < s.chapters().size(); i++) {
            Chapter c = s.chapters().get(i);
            if (several) {
                String heading = headings == Headings.PART ? "Part " + (i + 1)
                        : "Chapter " + (i + 1) + (c.title() == null ? "" : ": " + c.title());
                heading = typography.apply(heading);
                if (i > 0) {
                    out.append('\n');
                }
                out.append(heading).append("\n\n");
                body.chapter(heading, true);
            }
            for (int k = 0; k < c.paragraphs().size(); k++) {
                paragraph(c.paragraphs().get(k), c.paragraphWords()[k], sceneBreak);
            }
        }
    }

    /** A story paragraph of {@code words} words, or a scene break drawn as {@code sceneBreak}. */
    private void paragraph(String p, int words, String sceneBreak) {
        if (p.equals(ProseWriter.SCENE_BREAK)) {
            out.append(sceneBreak).append("\n\n");
            body.paragraph(sceneBreak, Words.count(sceneBreak));
            return;
        }
        String text = typography.render(p, emphasisMark);
        String written = wrap > 0 ? wrap(text) : text;
        out.append(written).append("\n\n");
        body.paragraph(written, words);
    }

    String text() {
        return out.toString();
    }

    /** Greedy wrapping at {@link #wrap} columns; a word that would open a line as a byline stays on the line before. */
    private String wrap(String text) {
        String[] words = text.split(" ");
        StringBuilder b = new StringBuilder(text.length() + text.length() / wrap + 1);
        int lineStart = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i == 0) {
                b.append(w);
                continue;
            }
            boolean fits = b.length() - lineStart + 1 + w.length() <= wrap;
            if (fits || BYLINE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                b.append(' ').append(w);
            } else {
                b.append('\n');
                lineStart = b.length();
                b.append(w);
            }
        }
        return b.toString();
    }
}
