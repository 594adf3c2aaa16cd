package io.ficmirror.cli.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds where the catalogue, the search index and ingest's document ledger disagree, by merging their listings, each
 * in byte order of id (so a million works need no more memory than the ids that drifted).
 */
final class DriftFinder {

    record WorkVersion(String id, long version) {
    }

    /** A document version the catalogue holds: in a work, or rejected. */
    record CatalogueDocument(String documentId, String sha256, String workId, boolean rejected) {
    }

    /** The latest version of a document ingest sent, and how far the ledger says it got. */
    record LedgerDocument(String documentId, String sha256, boolean catalogued, boolean indexed, boolean rejected) {
    }

    record Version(String documentId, String sha256) {
    }

    /** What disagrees. Every list holds ids to repair; an empty drift has all lists empty. */
    static final class Drift {
        long catalogueWorks;
        long indexWorks;
        long catalogueDocuments;
        long ledgerDocuments;
        /** Documents in the catalogue that did not come through ingest (written to works.parsed directly): not drift. */
        long withoutLedger;
        final List<String> missingFromIndex = new ArrayList<>();
        /** In the index at an older version than the catalogue's. */
        final List<String> staleInIndex = new ArrayList<>();
        /** In the index at a newer version than the catalogue's (a catalogue restored from an older backup). */
        final List<String> aheadInIndex = new ArrayList<>();
        final List<String> notInCatalogue = new ArrayList<>();
        /** Sent by ingest, and the version sent is neither in a work nor rejected. */
        final List<String> neverStored = new ArrayList<>();
        final List<Version> ledgerBehindCatalogue = new ArrayList<>();
        final List<Version> ledgerBehindIndex = new ArrayList<>();

        boolean none() {
            return missingFromIndex.isEmpty() && staleInIndex.isEmpty() && aheadInIndex.isEmpty() && notInCatalogue.isEmpty()
                    && neverStored.isEmpty()
                    && ledgerBehindCatalogue.isEmpty() && ledgerBehindIndex.isEmpty();
        }
    }

    private DriftFinder() {
    }

    static Drift find(Iterator<WorkVersion> catalogue, Iterator<WorkVersion> index, Iterator<CatalogueDocument> documents,
            Iterator<LedgerDocument> ledger) {
        Drift drift = new Drift();
        compareWorks(catalogue, index, drift);
        Set<String> notCurrentInIndex = new HashSet<>(drift.missingFromIndex);
        notCurrentInIndex.addAll(drift.staleInIndex);
        notCurrentInIndex.addAll(drift.aheadInIndex);
        compareDocuments(documents, ledger, notCurrentInIndex, drift);
        return drift;
    }

    private static void compareWorks(Iterator<WorkVersion> catalogue, Iterator<WorkVersion> index, Drift drift) {
        WorkVersion inCatalogue = next(catalogue);
        WorkVersion inIndex = next(index);
        while (inCatalogue != null || inIndex != null) {
            int order = inCatalogue == null ? 1 : inIndex == null ? -1 : inCatalogue.id().compareTo(inIndex.id());
            if (order < 0) {
                drift.missingFromIndex.add(inCatalogue.id());
            } else if (order > 0) {
                drift.notInCatalogue.add(inIndex.id());
            } else if (inCatalogue.version() > inIndex.version()) {
                drift.staleInIndex.add(inCatalogue.id());
            } else if (inCatalogue.version() < inIndex.version()) {
                drift.aheadInIndex.add(inCatalogue.id());
            }
            if (order <= 0) {
                drift.catalogueWorks++;
                inCatalogue = next(catalogue);
            }
            if (order >= 0) {
                drift.indexWorks++;
                inIndex = next(index);
            }
        }
    }

    private static void compareDocuments(Iterator<CatalogueDocument> documents, Iterator<LedgerDocument> ledger,
            Set<String> notCurrentInIndex, Drift drift) {
        CatalogueDocument held = next(documents);
        LedgerDocument sent = next(ledger);
        while (held != null || sent != null) {
            int order = held == null ? 1 : sent == null ? -1 : held.documentId().compareTo(sent.documentId());
            if (order < 0) {
                drift.withoutLedger++;
            } else if (order > 0) {
                if (!sent.rejected()) {
                    drift.neverStored.add(sent.documentId());
                }
            } else if (!sent.rejected() && !held.rejected()) {
                if (!sent.sha256().equals(held.sha256())) {
                    drift.neverStored.add(sent.documentId()); // the catalogue holds an older version
                } else {
                    Version version = new Version(sent.documentId(), sent.sha256());
                    if (!sent.catalogued()) {
                        drift.ledgerBehindCatalogue.add(version);
                    }
                    if (!sent.indexed() && !notCurrentInIndex.contains(held.workId())) {
                        drift.ledgerBehindIndex.add(version);
                    }
                }
            }
            if (order <= 0) {
                drift.catalogueDocuments++;
                held = next(documents);
            }
            if (order >= 0) {
                drift.ledgerDocuments++;
                sent = next(ledger);
            }
        }
    }

    private static <T> T next(Iterator<T> items) {
        return items.hasNext() ? items.next() : null;
    }
}
