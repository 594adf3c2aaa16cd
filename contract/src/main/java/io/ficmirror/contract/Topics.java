package io.ficmirror.contract;

/** Kafka topic names. Every record is keyed by the id named here, so one document's or work's events stay ordered. */
public final class Topics {
    /** {@link DocumentReceived}, keyed by document id. */
    public static final String DOCUMENTS_RAW = "documents.raw";
    /** {@link Work}, keyed by work id. */
    public static final String WORKS_PARSED = "works.parsed";
    /** {@link DocumentRejected}, keyed by document id. */
    public static final String DOCUMENTS_REJECTED = "documents.rejected";

    private Topics() {
    }
}
