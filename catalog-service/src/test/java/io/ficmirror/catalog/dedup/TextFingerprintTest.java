package io.ficmirror.catalog.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static final String STORY = Prose.story(7, 3000);

    @Test
    void reformattingChangesNothing() {
        String rewrapped = STORY.replace(".\n", ".  \r\n\r\n").replace(" ", "\n");
        String markupLeftovers = "* * *\n" + STORY.replace("lamp", "_lamp_").replace("said", "said\u2014") + "\n~~~";
        assertEquals(1.0, similarity(STORY, rewrapped));
        assertEquals(1.0, similarity(STORY, markupLeftovers), 0.02);
    }

    @Test
    void quotesApostrophesAndAccentsAsAnotherMirrorEncodedThem() {
        String utf8 = "\u201CDon\u2019t,\u201D said Ren\u00E9e at the caf\u00E9. " + STORY;
        String ascii = "\"Don't,\" said Renee at the cafe. " + STORY;
        String decomposed = "\u201CDon\u2019t,\u201D said Rene\u0301e at the cafe\u0301. " + STORY;
        assertEquals(1.0, similarity(utf8, ascii));
        assertEquals(1.0, similarity(utf8, decomposed));
    }

    @Test
    void aLightlyEditedCopyIsTheSameStory() {
        double oneWordInFifty = similarity(STORY, Prose.edited(STORY, 50));
        double oneWordInThirty = similarity(STORY, Prose.edited(STORY, 30));
        assertTrue(oneWordInFifty >= TextFingerprint.SAME_STORY, "1 word in 50 changed: " + oneWordInFifty);
        assertTrue(oneWordInThirty >= TextFingerprint.SAME_STORY, "1 word in 30 changed: " + oneWordInThirty);
    }

    @Test
    void aRewriteIsNotTheSameStory() {
        double rewritten = similarity(STORY, Prose.edited(STORY, 4));
        assertTrue(rewritten < TextFingerprint.SAME_STORY, "1 word in 4 changed: " + rewritten);
    }

    @Test
    void differentStoriesAreFarApartEvenWithTheSameOpening() {
        String header = "Title: Lighthouse\nAuthor: Marigold\nRating: PG\n\n";
        double similarity = similarity(header + Prose.story(1, 2000), header + Prose.story(2, 2000));
        assertTrue(similarity < 0.05, "two stories: " + similarity);
    }

    @Test
    void estimatesTheJaccardSimilarityOfTheShingles() {
        for (int oneWordIn : new int[] {100, 50, 30, 20, 10, 4}) {
            String edited = Prose.edited(STORY, oneWordIn);
            double exact = jaccard(shingles(STORY), shingles(edited));
            double estimate = similarity(STORY, edited);
            assertEquals(exact, estimate, 0.1, "1 word in " + oneWordIn + " changed: exact " + exact);
        }
    }

    @Test
    void aShortTextGetsAFullSignature() {
        TextFingerprint drabble = TextFingerprint.of("He waited by the lighthouse until the tide turned.");
        assertFalse(drabble.isEmpty());
        assertEquals(TextFingerprint.BANDS, new HashSet<>(drabble.bands()).size());
        assertEquals(1.0, drabble.similarity(TextFingerprint.of("he waited by the LIGHTHOUSE, until the tide turned")));
        assertTrue(drabble.similarity(TextFingerprint.of("She left the lighthouse before the tide turned.")) < 0.3);
    }

    @Test
    void anEmptyTextMatchesNothingNotEvenItself() {
        TextFingerprint empty = TextFingerprint.of("  ... \n");
        assertTrue(empty.isEmpty());
        assertEquals(0.0, empty.similarity(empty));
        assertTrue(empty.bands().isEmpty());
    }

    @Test
    void nearCopiesShareABandAndDifferentStoriesDoNot() {
        Set<Long> original = new HashSet<>(TextFingerprint.of(STORY).bands());
        Set<Long> copy = new HashSet<>(TextFingerprint.of(Prose.edited(STORY, 50)).bands());
        Set<Long> other = new HashSet<>(TextFingerprint.of(Prose.story(99, 3000)).bands());
        assertEquals(32, original.size());
        copy.retainAll(original);
        other.retainAll(original);
        assertFalse(copy.isEmpty(), "a near copy must be a candidate");
        assertTrue(other.isEmpty(), "another story must not be a candidate");
    }

    @Test
    void survivesStorage() {
        TextFingerprint fingerprint = TextFingerprint.of(STORY);
        byte[] bytes = fingerprint.toBytes();
        assertEquals(TextFingerprint.SIZE * 4, bytes.length);
        assertArrayEquals(bytes, TextFingerprint.fromBytes(bytes).toBytes());
        assertEquals(1.0, TextFingerprint.fromBytes(bytes).similarity(fingerprint));
    }

    @Test
    void wordsIgnoreCaseAndPunctuationButNotOrder() {
        assertArrayEquals(TextFingerprint.wordHashes("Hello, World!"), TextFingerprint.wordHashes("hello world"));
        assertFalse(Arrays.equals(TextFingerprint.wordHashes("hello world"), TextFingerprint.wordHashes("world hello")));
        assertEquals(3, TextFingerprint.wordHashes(new String("don't stop-now".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).length);
    }

    /** The shingles as word-hash lists: what the signature estimates from, counted exactly. */
    private static Set<List<Long>> shingles(String text) {
        List<Long> words = Arrays.stream(TextFingerprint.wordHashes(text)).boxed().toList();
        Set<List<Long>> shingles = new HashSet<>();
        for (int start = 0; start + TextFingerprint.SHINGLE_WORDS <= words.size(); start++) {
            shingles.add(words.subList(start, start + TextFingerprint.SHINGLE_WORDS));
        }
        return shingles;
    }

    private static double jaccard(Set<List<Long>> a, Set<List<Long>> b) {
        Set<List<Long>> union = new HashSet<>(a);
        union.addAll(b);
        Set<List<Long>> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    private static double similarity(String a, String b) {
        return TextFingerprint.of(a).similarity(TextFingerprint.of(b));
    }
}
