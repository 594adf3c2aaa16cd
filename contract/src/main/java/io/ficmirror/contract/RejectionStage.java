package io.ficmirror.contract;

/** The stage that refused a document. */
public enum RejectionStage {
    /** Refused on arrival: empty, too large, unreadable archive member. */
    INGEST,
    /** Read, but not a story the parser can make a work of: binary, not fiction, an error page. */
    PARSE
}
