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
 * the runs of {@value #SHINGLE_WORDS} consecutive words. The signature is a one-permutation MinHash: each shingle is
 * hashed once, the hash's top bits pick one of {@value #SIZE} bins and the bin keeps the smallest of the rest; bins no
 * shingle fell into borrow the value of a bin chosen by a fixed pseudo-random probe sequence ("optimal
 * densification", Shrivastava 2017), so short texts get full signatures too. The share of positions where two
 * signatures agree estimates the Jaccard similarity of the two shingle sets, as classic MinHash with {@value #SIZE}
 * hash functions does, at one hash per shingle instead of {@value #SIZE} (the classic form took 43 % of the
 * catalogue's CPU in the benchmark).
 *
 * <p>Changing one word in a hundred leaves about 90% of the shingles; two different stories share next to none.
 */
public final class TextFingerprint {
    /** Named in every published fingerprint: signatures of different schemes cannot be compared. */
    public static final String SCHEME = "minhash-oph";
    public static final int SHINGLE_WORDS = 5;
    public static final int SIZE = 128;
    /** Texts at least this similar are one story: see the README's deduplication section for why this value. */
    public static final double SAME_STORY = 0.6;
    /** Banding for {@link #bands()}: BANDS x ROWS = SIZE. */
    static final int BANDS = 32;
    static final int ROWS = 4;

    private static final int BIN_BITS = Integer.numberOfTrailingZeros(SIZE);
    private static final int EMPTY = Integer.MAX_VALUE;
    private static final long DENSIFY_SEED = 0x5EED_F1C_41220L;

    private final int[] minimums;

    private TextFingerprint(int[] minimums) {
        this.minimums = minimums;
    }

    public static TextFingerprint of(String text) {
        long[] words = wordHashes(text == null ? "" : text);
        int[] minimums = new int[SIZE];
        Arrays.fill(minimums, EMPTY);
        if (words.length == 0) {
            return new TextFingerprint(minimums);
        }
        int shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
        for (int start = 0; start < shingles; start++) {
            long shingle = 0;
            for (int i = start; i < Math.min(words.length, start + SHINGLE_WORDS); i++) {
                shingle = shingle * 0x9E3779B97F4A7C15L + words[i];
            }
            long hash = mix(shingle);
            int bin = (int) (hash >>> (64 - BIN_BITS));
            int value = (int) (hash & 0x7FFF_FFFEL); // below EMPTY
            if (value < minimums[bin]) {
                minimums[bin] = value;
            }
        }
        densify(minimums);
        return new TextFingerprint(minimums);
    }

    /**
     * Fills each empty bin from a filled one. The probe sequence depends on the bin only, never on the text, so two
     * texts whose filled bins agree also agree in what their empty bins borrow.
     */
    private static void densify(int[] minimums) {
        int[] filled = minimums.clone();
        for (int bin = 0; bin < SIZE; bin++) {
            if (filled[bin] != EMPTY) {
                continue;
            }
            int from = -1;
            for (long probe = 1; probe <= 8L * SIZE && from < 0; probe++) {
                int candidate = (int) (mix(DENSIFY_SEED ^ ((long) bin << 32) ^ probe) >>> (64 - BIN_BITS));
                from = filled[candidate] != EMPTY ? candidate : -1;
            }
            for (int step = 1; from < 0; step++) { // a text with very few shingles: the next filled bin
                int candidate = (bin + step) % SIZE;
                from = filled[candidate] != EMPTY ? candidate : -1;
            }
            minimums[bin] = filled[from];
        }
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
        return minimums[0] == EMPTY; // a text with one word fills every bin
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
        String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        long[] hashes = new long[Math.max(16, folded.length() / 5)];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c)) {
                hash = hash * 0x100000001B3L + (c < 0x80 ? (c | 0x20) : Character.toLowerCase(c));
                inWord = true;
            } else if (c == '\'' || (c >= 0x80 && isInsideWord(c))) {
                continue;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = mix(hash);
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            hashes = count == hashes.length ? Arrays.copyOf(hashes, count + 1) : hashes;
            hashes[count++] = mix(hash);
        }
        return Arrays.copyOf(hashes, count);
    }

    /** NFKD leaves ASCII as it is: most texts need no normalising. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
}
