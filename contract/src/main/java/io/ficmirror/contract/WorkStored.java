package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A projection has stored a work, on {@value Topics#WORKS_STORED}: how importers learn that a document is catalogued
 * and indexed without asking the stores. Sent again whenever the same work event is processed again.
 *
 * @param store  "catalog" or "search"
 * @param sha256 SHA-256 of the document version the stored work came from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkStored(
        int schemaVersion,
        String documentId,
        String workId,
        String sha256,
        String store,
        Instant storedAt) {

    public static final String CATALOG = "catalog";
    public static final String SEARCH = "search";
}
