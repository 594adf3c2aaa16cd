package io.ficmirror.cli.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.cli.verify.DriftFinder.CatalogueDocument;
import io.ficmirror.cli.verify.DriftFinder.Drift;
import io.ficmirror.cli.verify.DriftFinder.LedgerDocument;
import io.ficmirror.cli.verify.DriftFinder.Version;
import io.ficmirror.cli.verify.DriftFinder.WorkVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftFinderTest {

    @Test
    void storesThatAgreeHaveNoDrift() {
        Drift drift = DriftFinder.find(
                List.of(work("w1", 3), work("w2", 1)).iterator(),
                List.of(work("w1", 3), work("w2", 1)).iterator(),
                List.of(inWork("d1", "s1", "w1"), inWork("d2", "s2", "w2"), rejected("d3", "s3")).iterator(),
                List.of(sent("d1", "s1", true, true), sent("d2", "s2", true, true), sentRejected("d3", "s3")).iterator());
        assertTrue(drift.none());
        assertEquals(2, drift.catalogueWorks);
        assertEquals(2, drift.indexWorks);
        assertEquals(3, drift.catalogueDocuments);
        assertEquals(3, drift.ledgerDocuments);
    }

    @Test
    void worksMissingStaleOrUnknownToTheCatalogue() {
        Drift drift = DriftFinder.find(
                List.of(work("a", 1), work("b", 2), work("c", 3), work("e", 4)).iterator(),
                List.of(work("a", 1), work("b", 1), work("d", 5), work("e", 6)).iterator(),
                List.<CatalogueDocument>of().iterator(), List.<LedgerDocument>of().iterator());
        assertEquals(List.of("c"), drift.missingFromIndex);
        assertEquals(List.of("b"), drift.staleInIndex);
        assertEquals(List.of("e"), drift.aheadInIndex);
        assertEquals(List.of("d"), drift.notInCatalogue);
        assertEquals(4, drift.catalogueWorks);
        assertEquals(4, drift.indexWorks);
        assertFalse(drift.none());
    }

    @Test
    void documentsThatNeverArrivedOrArrivedAsAnOlderVersion() {
        Drift drift = DriftFinder.find(
                List.of(work("w1", 1)).iterator(), List.of(work("w1", 1)).iterator(),
                List.of(inWork("d1", "old", "w1")).iterator(),
                List.of(sent("d1", "new", false, false), sent("d2", "s2", false, false), sentRejected("d3", "s3")).iterator());
        assertEquals(List.of("d1", "d2"), drift.neverStored);
        assertTrue(drift.ledgerBehindCatalogue.isEmpty());
    }

    @Test
    void feedbackTheLedgerMissed() {
        Drift drift = DriftFinder.find(
                List.of(work("w1", 2), work("w2", 1)).iterator(),
                List.of(work("w1", 2), work("w2", 0)).iterator(),
                List.of(inWork("d1", "s1", "w1"), inWork("d2", "s2", "w2")).iterator(),
                List.of(sent("d1", "s1", false, false), sent("d2", "s2", true, false)).iterator());
        assertEquals(List.of(new Version("d1", "s1")), drift.ledgerBehindCatalogue);
        // d2's work is not current in the index, so the ledger is right not to count it as indexed
        assertEquals(List.of(new Version("d1", "s1")), drift.ledgerBehindIndex);
        assertEquals(List.of("w2"), drift.staleInIndex);
    }

    @Test
    void documentsThatDidNotComeThroughIngestAreNotDrift() {
        Drift drift = DriftFinder.find(List.<WorkVersion>of().iterator(), List.<WorkVersion>of().iterator(),
                List.of(inWork("d1", "s1", "w1"), rejected("d2", null)).iterator(), List.<LedgerDocument>of().iterator());
        assertEquals(2, drift.withoutLedger);
        assertTrue(drift.none());
    }

    private static WorkVersion work(String id, long version) {
        return new WorkVersion(id, version);
    }

    private static CatalogueDocument inWork(String id, String sha256, String workId) {
        return new CatalogueDocument(id, sha256, workId, false);
    }

    private static CatalogueDocument rejected(String id, String sha256) {
        return new CatalogueDocument(id, sha256, null, true);
    }

    private static LedgerDocument sent(String id, String sha256, boolean catalogued, boolean indexed) {
        return new LedgerDocument(id, sha256, catalogued, indexed, false);
    }

    private static LedgerDocument sentRejected(String id, String sha256) {
        return new LedgerDocument(id, sha256, false, false, true);
    }
}
