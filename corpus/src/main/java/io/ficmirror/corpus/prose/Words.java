package io.ficmirror.corpus.prose;

/**
 * Word counting as the evaluation defines it (shared/tools/parse-eval): whitespace-separated tokens holding an ASCII
 * letter or digit. Generated text never has a token whose only letters are accented, so the parser's own count
 * (any letter or digit) agrees with this one.
 */
public final class Words {
    /** For ASCII: 1 = whitespace, 2 = letter or digit, 0 = anything else. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            ASCII[c] = (byte) (isSpace(c) ? 1 : letterOrDigit ? 2 : 0);
        }
    }

    private Words() {
    }

    public static int count(String text) {
        // Branch-free over the characters: a word ends where whitespace follows a token that held a letter or digit.
        int words = 0;
        int hasLetter = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int k = c < 128 ? ASCII[c] : isSpace(c) ? 1 : 0;
            int space = k & 1;
            words += hasLetter & space;
            hasLetter = (hasLetter | (k >> 1)) & (space ^ 1);
        }
        return words + hasLetter;
    }

    /** Python's {@code str.isspace()}, which {@code str.split()} splits on. */
    public static boolean isSpace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F || c == 0x85 || c == 0xA0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
