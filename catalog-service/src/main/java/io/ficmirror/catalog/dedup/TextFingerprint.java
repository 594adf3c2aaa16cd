package io.ficmirror.catalog.dedup;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of story texts, for finding the same story in several mirrors.
 *
 * <p>A text is reduced to words (lower-cased, accents and apostrophes dropped, every other non-letter a separator), so
 * line wrapping, markup, curly or straight quotes and the encoding a mirror used make no difference. Its shingles are
 * the runs of {@value #SHINGLE_WORDS} consecutive words; the signature keeps, for each of {@value #SIZE} hash
 * functions, the smallest hash of any shingle. The share of positions where two signatures agree estimates the
 * Jaccard similarity of the two shingle sets (standard error about 0.04 at this size).
 *
 * <p>Changing one word in a hundred leaves about 90% of the shingles; two different stories share next to none.
 */
public final class TextFingerprint {
    public static final String SCHEME = "minhash";
    public static final int SHINGLE_WORDS = 5;
    public static final int SIZE = 128;
    /** Texts at least this similar are one story: see the README's deduplication section for why this value. */
    public static final double SAME_STORY = 0.6;
    /** Banding for {@link #bands()}: BANDS x ROWS = SIZE. */
    static final int BANDS = 32;
    static final int ROWS = 4;

    private static final long[] SEEDS = seeds();

    private final int[] minimums;

    private TextFingerprint(int[] minimums) {
        this.minimums = minimums;
    }

    public static TextFingerprint of(String text) {
        long[] words = wordHashes(text == null ? "" : text);
        int[] minimums = new int[SIZE];
        Arrays.fill(minimums, Integer.MAX_VALUE);
        if (words.length == 0) {
            return new TextFingerprint(minimums);
        }
        int shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
        for (int start = 0; start < shingles; start++) {
            long shingle = 0x9E3779B97F4A7C15L;
            for (int i = start; i < Math.min(words.length, start + SHINGLE_WORDS); i++) {
                shingle = mix(shingle ^ words[i]);
            }
            for (int k = 0; k < SIZE; k++) {
                int value = (int) (mix(shingle ^ SEEDS[k]) >>> 33);
                if (value < minimums[k]) {
                    minimums[k] = value;
                }
            }
        }
        return new TextFingerprint(minimums);
    }

    public static TextFingerprint fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException("a fingerprint has " + SIZE * Integer.BYTES + " bytes");
        }
        int[] minimums = new int[SIZE];
        ByteBuffer.wrap(bytes).asIntBuffer().get(minimums);
        return new TextFingerprint(minimums);
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
        buffer.asIntBuffer().put(minimums);
        return buffer.array();
    }

    /** True when the text had no words at all: such a fingerprint matches nothing. */
    public boolean isEmpty() {
        return minimums[0] == Integer.MAX_VALUE && Arrays.stream(minimums).allMatch(m -> m == Integer.MAX_VALUE);
    }

    /** Estimated Jaccard similarity of the two texts' shingles, from 0 to 1. */
    public double similarity(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (minimums[k] == other.minimums[k]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /**
     * Locality-sensitive hashing: {@value #BANDS} keys, each over {@value #ROWS} signature positions.
     * Two texts whose similarity is s share at least one key with probability 1 - (1 - s^ROWS)^BANDS: 0.988 at
     * s = 0.6, more than 0.9999 at 0.8, 0.23 at 0.3 (those candidates are then compared in full and dropped).
     */
    public List<Long> bands() {
        if (isEmpty()) {
            return List.of();
        }
        List<Long> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long key = mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                key = mix(key ^ minimums[band * ROWS + row]);
            }
            keys.add(key);
        }
        return keys;
    }

    /** Word hashes of the normalised text. */
    static long[] wordHashes(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        long[] hashes = new long[Math.max(16, folded.length() / 5)];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = mix(hash ^ Character.toLowerCase(c));
                inWord = true;
            } else if (isInsideWord(c)) {
                continue;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            hashes = count == hashes.length ? Arrays.copyOf(hashes, count + 1) : hashes;
            hashes[count++] = hash;
        }
        return Arrays.copyOf(hashes, count);
    }

    /** Accents (combining marks after NFKD), apostrophes and soft hyphens do not split or change a word. */
    private static boolean isInsideWord(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u00AD';
    }

    /** SplitMix64's finaliser: a fast, well-distributed 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5EED_F1C_41220L;
        for (int k = 0; k < SIZE; k++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[k] = mix(state);
        }
        return seeds;
    }
}
