package io.ficmirror.systemtest;

import java.util.SplittableRandom;

/**
 * Invented prose for documents the tests write: words built from syllables, so every seed gives a story no other
 * seed (and no real text) shares, which keeps the catalogue from taking two test stories for copies of one.
 */
final class Prose {
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tin", "sa", "vel", "dor", "ien", "bra", "qui",
            "ho", "len", "mar", "ost", "ri", "ul", "fen", "gra", "wy", "ze"};

    private Prose() {
    }

    static String story(long seed, int words) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : i % 14 == 0 ? ".\n" : " ");
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return text.append('.').toString();
    }
}
