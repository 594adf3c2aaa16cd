package io.ficmirror.corpus.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Site ids name the files of a generated mirror, so two works sharing one would overwrite each other's document (an
 * eFiction id wrapping at 900,000 once did, past 14,000 works).
 */
class SiteIdsTest {

    @Test
    void eFictionStoryIdsNeverCollideForAMillionWorksAndTheirCopies() {
        Set<Long> seen = new HashSet<>();
        for (int work = 0; work < 1_000_000; work++) {
            for (boolean duplicate : new boolean[] {false, true}) {
                long id = EfictionFormat.sid(work, duplicate);
                assertTrue(seen.add(id), "work " + work + (duplicate ? " (copy)" : "") + " repeats id " + id);
            }
        }
    }
}
