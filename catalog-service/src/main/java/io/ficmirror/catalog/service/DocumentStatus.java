package io.ficmirror.catalog.service;

/**
 * Where a document ended up in the catalogue.
 *
 * @param sha256 SHA-256 of the document version this state is about
 * @param state "catalogued" (workId set), "rejected" (stage, kind and reason set) or "unknown" (not seen yet)
 */
public record DocumentStatus(String documentId, String state, String sha256, String workId, String title, String stage,
        String kind, String reason) {

    static DocumentStatus unknown(String documentId) {
        return new DocumentStatus(documentId, "unknown", null, null, null, null, null, null);
    }
}
