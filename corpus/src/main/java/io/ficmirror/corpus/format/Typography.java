package io.ficmirror.corpus.format;

import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Punctuation;

/**
 * How a document writes typographic punctuation: curly quotes, em dashes and ellipses as generated (kept as
 * {@link Punctuation} placeholders until the document is encoded), or plain ones as old text archives, mailing lists
 * and ISO-8859-1 files have them. Changing them never changes a word count: a spaced dash stays a spaced token.
 */
enum Typography {
    /** “Curly quotes”, em dashes, … */
    TYPOGRAPHIC,
    /** Straight quotes, "--" and "...". */
    PLAIN;

    /** Text as this document writes it, with emphasised words between {@code mark}s, or unmarked when it is 0. */
    String render(String text, char mark) {
        StringBuilder b = null;
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x2000) {
                continue;
            }
            String replacement = replacement(c, mark);
            if (replacement != null) {
                b = b == null ? new StringBuilder(text.length() + 16) : b;
                b.append(text, run, i).append(replacement);
                run = i + 1;
            }
        }
        return b == null ? text : b.append(text, run, text.length()).toString();
    }

    /** A title, name or header value (no emphasis in those). */
    String apply(String text) {
        return render(text, (char) 0);
    }

    private String replacement(char c, char mark) {
        if (c == ProseWriter.EMPHASIS_START || c == ProseWriter.EMPHASIS_END) {
            return mark == 0 ? "" : String.valueOf(mark);
        }
        if (this == TYPOGRAPHIC) {
            return null;
        }
        return switch (Punctuation.typographic(c)) {
            case '\u201C', '\u201D', '\u201E' -> "\"";
            case '\u2018', '\u2019' -> "'";
            case '\u2014' -> "--";
            case '\u2026' -> "...";
            default -> null;
        };
    }
}
