package io.ficmirror.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lengths, chapters, formats and duplicates are distributed like a real mirror's. The plan of 20,000 works is
 * checked (cheap); the text written for a sample is checked against its plan, so the plan is the corpus.
 */
class DistributionTest {

    @Test
    void twentyThousandWorksHaveAMedianOfAFewThousandWordsAndALongTail() {
        List<WorkPlan> plans = new CorpusGenerator(42L, 20_000).plans().toList();
        int[] words = plans.stream().mapToInt(WorkPlan::words).sorted().toArray();
        int median = words[words.length / 2];
        assertTrue(median >= 2_000 && median <= 4_000, "median " + median);
        long novels = plans.stream().filter(p -> p.words() > 100_000).count();
        assertTrue(novels >= 5, "a few works past 100,000 words: " + novels);
        assertTrue(words[0] >= 100 && words[words.length - 1] <= 300_000, "lengths within [100, 300000]");

        assertTrue(plans.stream().filter(p -> p.words() < 1_500).allMatch(p -> p.chapters() == 1), "short works have one chapter");
        double longChapters = plans.stream().filter(p -> p.words() > 100_000).mapToInt(WorkPlan::chapters).average().orElse(0);
        assertTrue(longChapters >= 20, "novels have many chapters: " + longChapters);
        assertTrue(plans.stream().allMatch(p -> p.chapters() <= 60), "at most 60 chapters");

        Map<DocumentKind, Integer> perKind = new EnumMap<>(DocumentKind.class);
        plans.forEach(p -> perKind.merge(p.kind(), 1, Integer::sum));
        assertEquals(DocumentKind.values().length, perKind.size(), "every kind appears: " + perKind);
        assertTrue(perKind.get(DocumentKind.AO3_HTML) > perKind.get(DocumentKind.MAILING_LIST) * 2, "AO3 is common");
        assertTrue(perKind.get(DocumentKind.FFNET_HTML) > perKind.get(DocumentKind.BLOG) * 2, "fanfiction.net is common");

        long duplicates = plans.stream().filter(p -> p.duplicateKind() != null).count();
        assertTrue(duplicates > 20_000 * 0.07 && duplicates < 20_000 * 0.11, "about 9% near-duplicates: " + duplicates);
        assertTrue(plans.stream().filter(p -> p.duplicateKind() != null)
                .noneMatch(p -> p.duplicateKind().site().equals(p.kind().site())), "a copy is on another site");
    }

    @Test
    void theWrittenTextHasThePlannedLength() {
        CorpusGenerator generator = new CorpusGenerator(42L, 300);
        for (int i = 0; i < generator.works(); i++) {
            WorkPlan plan = generator.plan(i);
            List<GeneratedDocument> originals = generator.documents(i).stream().filter(d -> !d.duplicate()).toList();
            int words = originals.stream().mapToInt(GeneratedDocument::words).sum();
            // each chapter ends within a paragraph past its share, and may carry a heading
            int slack = plan.chapters() * 130;
            assertTrue(words >= plan.words() - plan.chapters() && words <= plan.words() + slack,
                    "work " + i + " planned " + plan.words() + " words in " + plan.chapters() + " chapters, wrote " + words);
            assertEquals(plan.kind(), originals.get(0).kind());
            if (plan.kind() == DocumentKind.FFNET_HTML) {
                assertEquals(plan.chapters(), originals.size(), "one fanfiction.net page per chapter");
            }
        }
    }
}
