package io.ficmirror.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.Work;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every generated document, parsed by the real parser, yields every field it states, scored with parse-eval's rules
 * (Scorer): the corpus measures accuracy only if its expectations are right, and the parser reads every shape.
 */
class GeneratedCorpusTest {
    private static final int WORKS = 400;

    @Test
    void everyDocumentYieldsEveryFieldItStates() {
        CorpusGenerator generator = new CorpusGenerator(20_261_124L, WORKS);
        List<String> failures = new ArrayList<>();
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        int[] counts = new int[2];
        generator.generate(d -> {
            kinds.add(d.kind());
            Work work = ParsedDocuments.parse(d);
            List<Scorer.Miss> misses = Scorer.misses(d.expected(), work);
            counts[0]++;
            counts[1] += d.expected().asMap().size();
            if (!misses.isEmpty()) {
                failures.add(d.path() + " (" + d.kind().id() + "): " + misses);
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " of " + counts[0] + " documents miss fields:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(EnumSet.allOf(DocumentKind.class), kinds, "every kind appears in " + WORKS + " works");
        assertTrue(counts[1] > counts[0] * 10, "documents state a dozen fields or more on average");
    }
}
