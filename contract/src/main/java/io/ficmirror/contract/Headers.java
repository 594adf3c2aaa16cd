package io.ficmirror.contract;

/**
 * Kafka record headers some events carry so that a consumer can route or count them without reading the value
 * (a work's value holds the whole story).
 */
public final class Headers {
    /** On {@value Topics#WORKS_PARSED}: the id of the document the work was parsed from. */
    public static final String DOCUMENT_ID = "ficmirror-document-id";
    /** On {@value Topics#WORKS_PARSED}: SHA-256 of that document's bytes. */
    public static final String SHA256 = "ficmirror-sha256";

    /**
     * On a {@value Topics#WORKS_CATALOGUED} tombstone: the version of the removal (above every version the work had),
     * so consumers keeping the highest version can order it; a work made again later continues above it.
     */
    public static final String VERSION = "ficmirror-version";

    private Headers() {
    }
}
