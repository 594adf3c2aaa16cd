package io.ficmirror.corpus.prose;

/**
 * Typographic punctuation as generated text holds it: control characters standing for curly quotes, the em dash
 * and the ellipsis, so that generated strings stay in Latin-1 (Java keeps those one byte a character, which makes
 * generation several times faster) until a document is encoded, or its format writes them plain. None of them is
 * whitespace or a letter, so they change no word count.
 */
public final class Punctuation {
    /** “ (and the closing quote of German „...“). */
    public static final char OPEN_QUOTE = '\u0010';
    /** ”. */
    public static final char CLOSE_QUOTE = '\u0011';
    /** ’, the apostrophe. */
    public static final char APOSTROPHE = '\u0012';
    /** —. */
    public static final char DASH = '\u0013';
    /** …. */
    public static final char ELLIPSIS = '\u0014';
    /** „, the German opening quote. */
    public static final char LOW_QUOTE = '\u0015';

    private Punctuation() {
    }

    /** The typographic character a placeholder stands for, or {@code c} itself. */
    public static char typographic(char c) {
        return switch (c) {
            case OPEN_QUOTE -> '\u201C';
            case CLOSE_QUOTE -> '\u201D';
            case APOSTROPHE -> '\u2019';
            case DASH -> '\u2014';
            case ELLIPSIS -> '\u2026';
            case LOW_QUOTE -> '\u201E';
            default -> c;
        };
    }

    public static boolean isPlaceholder(char c) {
        return c >= OPEN_QUOTE && c <= LOW_QUOTE;
    }

    /** A generated text with real typographic punctuation and no emphasis marks (for expected fields). */
    public static String typographic(String text) {
        StringBuilder b = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (c != ProseWriter.EMPHASIS_START && c != ProseWriter.EMPHASIS_END) {
                b.append(typographic(c));
            }
        }
        return b == null ? text : b.toString();
    }

    /** The text without emphasis marks, placeholders kept. */
    public static String withoutEmphasis(String text) {
        if (text.indexOf(ProseWriter.EMPHASIS_START) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ProseWriter.EMPHASIS_START && c != ProseWriter.EMPHASIS_END) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The lexicon files write the real characters; generated text holds placeholders. */
    static String fromTypographic(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(switch (c) {
                case '\u201C' -> OPEN_QUOTE;
                case '\u201D' -> CLOSE_QUOTE;
                case '\u2019' -> APOSTROPHE;
                case '\u2014' -> DASH;
                case '\u2026' -> ELLIPSIS;
                case '\u201E' -> LOW_QUOTE;
                default -> c;
            });
        }
        return b.toString();
    }
}
