package io.ficmirror.corpus.format;

/**
 * Site ids (AO3 work numbers, fanfiction.net story ids, journal post numbers...) that look scattered but never
 * collide: each work owns a block of numbers, its original and its near-duplicate a half each.
 */
final class Ids {
    private static final int BLOCK = 64;

    private Ids() {
    }

    static long of(long base, int workIndex, boolean duplicate) {
        long scatter = (workIndex * 2654435761L >>> 7) % (BLOCK / 2);
        return base + (long) workIndex * BLOCK + (duplicate ? BLOCK / 2 : 0) + scatter;
    }
}
