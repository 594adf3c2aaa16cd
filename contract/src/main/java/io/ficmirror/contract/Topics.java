package io.ficmirror.contract;

import java.util.List;

/**
 * Kafka topic names. Every record is keyed by the id named here, so one document's or work's events stay ordered.
 * Each consumer has its own dead-letter topic, so a poison event names the consumer that could not take it.
 */
public final class Topics {
    /** {@link DocumentReceived}, keyed by document id. */
    public static final String DOCUMENTS_RAW = "documents.raw";
    /** {@link Work}, keyed by work id. */
    public static final String WORKS_PARSED = "works.parsed";
    /** {@link DocumentRejected}, keyed by document id. */
    public static final String DOCUMENTS_REJECTED = "documents.rejected";

    /** {@link WorkCatalogued}, keyed by the canonical work id: the recommender feed. Compacted; null value = work gone. */
    public static final String WORKS_CATALOGUED = "works.catalogued";

    /** {@link WorkStored}, keyed by document id: a work reached the catalogue or the index. */
    public static final String WORKS_STORED = "works.stored";

    /**
     * {@link Interaction}, keyed by interaction id: readers' reviews, favourites and kudos read from an archive's
     * database. Compacted: an interaction read again replaces itself.
     */
    public static final String INTERACTIONS = "interactions";

    /** Raw documents parse-service could not even read, with the failure in the record's headers. */
    public static final String DOCUMENTS_RAW_DLQ = "documents.raw.parse-dlq";
    public static final String WORKS_PARSED_CATALOG_DLQ = "works.parsed.catalog-dlq";
    public static final String WORKS_CATALOGUED_SEARCH_DLQ = "works.catalogued.search-dlq";
    public static final String DOCUMENTS_REJECTED_CATALOG_DLQ = "documents.rejected.catalog-dlq";
    public static final String INTERACTIONS_CATALOG_DLQ = "interactions.catalog-dlq";

    public static final List<String> ALL = List.of(DOCUMENTS_RAW, WORKS_PARSED, DOCUMENTS_REJECTED, WORKS_CATALOGUED,
            WORKS_STORED, DOCUMENTS_RAW_DLQ, WORKS_PARSED_CATALOG_DLQ, WORKS_CATALOGUED_SEARCH_DLQ,
            DOCUMENTS_REJECTED_CATALOG_DLQ, INTERACTIONS, INTERACTIONS_CATALOG_DLQ);

    /**
     * Topics whose latest record per key is all that matters, kept by compaction rather than by age: replaying them
     * rebuilds the catalogue and the index.
     */
    public static final List<String> COMPACTED = List.of(WORKS_PARSED, WORKS_CATALOGUED, INTERACTIONS);

    private Topics() {
    }
}
