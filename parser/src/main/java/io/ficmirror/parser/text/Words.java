package io.ficmirror.parser.text;

/** Word counting as the Work contract defines it: whitespace-separated tokens holding a letter or digit. */
public final class Words {
    /** For ASCII: 1 = whitespace, 2 = letter or digit, 0 = other. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isWhitespace(c) ? 1 : Character.isLetterOrDigit(c) ? 2 : 0);
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
        // Branch-free over ASCII: a word ends where whitespace follows a token that held a letter or digit.
        int words = 0;
        int hasLetter = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int k = c < 128 ? ASCII[c] : slowClass(c);
            int space = k & 1;
            words += hasLetter & space;
            hasLetter = (hasLetter | (k >> 1)) & (space ^ 1);
        }
        return words + hasLetter;
    }

    private static int slowClass(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' ? 1 : Character.isLetterOrDigit(c) ? 2 : 0;
    }

    /** True for the characters that separate words (Unicode whitespace and the no-break space). */
    public static boolean isSpace(char c) {
        return c < 128 ? ASCII[c] == 1 : Character.isWhitespace(c) || c == '\u00A0';
    }
}
