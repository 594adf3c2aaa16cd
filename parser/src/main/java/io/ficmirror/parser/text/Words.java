package io.ficmirror.parser.text;

/** Word counting as the Work contract defines it: whitespace-separated tokens holding a letter or digit. */
public final class Words {
    /** For every char: 1 = whitespace or no-break space, 2 = letter or digit, 0 = other. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASS[c] = (byte) (Character.isWhitespace(c) || c == '\u00A0' ? 1 : Character.isLetterOrDigit(c) ? 2 : 0);
        }
    }

    private Words() {
    }

    public static int count(CharSequence text) {
        return text == null ? 0 : count(text.toString());
    }

    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        // Branch-free: a word ends where whitespace follows a token that held a letter or digit.
        int words = 0;
        int hasLetter = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int k = CLASS[c];
            int space = k & 1;
            words += hasLetter & space;
            hasLetter = (hasLetter | (k >> 1)) & (space ^ 1);
        }
        return words + hasLetter;
    }

    /** True for the characters that separate words (Unicode whitespace and the no-break space). */
    public static boolean isSpace(char c) {
        return CLASS[c] == 1;
    }

    /**
     * Exactly {@link Character#isWhitespace(char)}, without the Unicode table lookup for the non-ASCII characters
     * stories are full of (curly quotes, dashes, accents): above ASCII only these few code points are whitespace.
     */
    public static boolean isWhitespace(char c) {
        if (c < 128) {
            return CLASS[c] == 1;
        }
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200A' && c != '\u2007') || c == '\u2028' || c == '\u2029'
                || c == '\u205F' || c == '\u3000';
    }
}
