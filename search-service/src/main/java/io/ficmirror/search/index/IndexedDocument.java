package io.ficmirror.search.index;

/** A document whose work is in the index, and the SHA-256 of the document version that was indexed. */
public record IndexedDocument(String documentId, String workId, String sha256) {
}
