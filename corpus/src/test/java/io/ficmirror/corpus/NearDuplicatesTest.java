package io.ficmirror.corpus;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.Work;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A work's near-duplicate, parsed, shares most of its five-word shingles with the original (a catalogue merges them;
 * its threshold is 0.6), while unrelated works, even of one fandom, share almost none.
 */
class NearDuplicatesTest {
    private static final int WORKS = 500;

    @Test
    void copiesShareMostShinglesAndUnrelatedWorksAlmostNone() {
        CorpusGenerator generator = new CorpusGenerator(99L, WORKS);
        List<long[]> originals = new ArrayList<>();
        List<String> fandoms = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int pairs = 0;
        double lowestCopy = 1;
        for (int i = 0; i < WORKS; i++) {
            List<GeneratedDocument> docs = generator.documents(i);
            GeneratedDocument first = docs.get(0);
            long[] original = Shingles.of(body(docs.stream().filter(d -> !d.duplicate()).toList()));
            originals.add(original);
            fandoms.add(String.valueOf(first.expected().get("fandomsInclude")));
            List<GeneratedDocument> copies = docs.stream().filter(GeneratedDocument::duplicate).toList();
            if (copies.isEmpty()) {
                continue;
            }
            GeneratedDocument copy = copies.get(0);
            assertNotEquals(first.kind().site(), copy.kind().site(), "a copy is on another site: " + copy.path());
            assertTrue(copy.workKey().equals(first.workKey()), "a copy shares its work's key");
            double similarity = Shingles.similarity(original, Shingles.of(body(copies)));
            lowestCopy = Math.min(lowestCopy, similarity);
            pairs++;
            if (similarity < 0.85) {
                report.add(first.path() + " ~ " + copy.path() + ": " + similarity);
            }
        }
        assertTrue(pairs >= WORKS * 0.05, "about 9% of works have a copy, got " + pairs + " of " + WORKS);
        assertTrue(report.isEmpty(), "copies sharing too few shingles (lowest " + lowestCopy + "):\n" + String.join("\n", report));

        double highest = 0;
        double highestSameFandom = 0;
        int sameFandomPairs = 0;
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < Math.min(originals.size(), i + 40); j++) {
                double s = Shingles.similarity(originals.get(i), originals.get(j));
                highest = Math.max(highest, s);
                if (fandoms.get(i).equals(fandoms.get(j))) {
                    highestSameFandom = Math.max(highestSameFandom, s);
                    sameFandomPairs++;
                }
            }
        }
        assertTrue(sameFandomPairs > 50, "the sample compares works of one fandom too: " + sameFandomPairs);
        assertTrue(highest < 0.02, "unrelated works share at most a few percent of shingles, got " + highest
                + " (same fandom: " + highestSameFandom + ")");
    }

    private static String body(List<GeneratedDocument> docs) {
        StringBuilder text = new StringBuilder();
        for (GeneratedDocument d : docs) {
            Work w = ParsedDocuments.parse(d);
            assertTrue(w != null, d.path() + " parses");
            text.append(w.body()).append("\n\n");
        }
        return text.toString();
    }
}
