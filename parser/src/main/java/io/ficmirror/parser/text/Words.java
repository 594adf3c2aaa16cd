package io.ficmirror.parser.text;

/** Word counting as the Work contract defines it: whitespace-separated tokens holding a letter or digit. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inToken = false;
        boolean tokenHasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (inToken && tokenHasLetter) {
                    words++;
                }
                inToken = false;
                tokenHasLetter = false;
            } else {
                inToken = true;
                tokenHasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inToken && tokenHasLetter ? words + 1 : words;
    }
}
