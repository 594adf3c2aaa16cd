package io.ficmirror.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Five-word shingles of a text as the catalogue's fingerprint sees them: words in lower case without accents,
 * apostrophes and punctuation, so reformatted and re-encoded copies compare equal. Kept as sorted 64-bit hashes,
 * which makes hundreds of works cheap to hold and compare.
 */
final class Shingles {
    private static final int SIZE = 5;

    private Shingles() {
    }

    static long[] of(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder words = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                words.append(c);
            } else if (Character.isWhitespace(c) || c == '-' || c == '\u2014') {
                words.append(' ');
            }
        }
        String[] w = words.toString().trim().split("\\s+");
        long[] wordHashes = new long[w.length];
        for (int i = 0; i < w.length; i++) {
            wordHashes[i] = hash(w[i]);
        }
        long[] shingles = new long[Math.max(0, w.length - SIZE + 1)];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int k = 0; k < SIZE; k++) {
                h = h * 0x100000001B3L + wordHashes[i + k];
            }
            shingles[i] = h;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** The Jaccard similarity of two sorted shingle sets. */
    static double similarity(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }
}
