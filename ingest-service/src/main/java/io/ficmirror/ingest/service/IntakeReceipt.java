package io.ficmirror.ingest.service;

/**
 * What ingest did with one document.
 *
 * @param status "published" (on its way to be parsed) or "rejected" (reason and kind say why)
 */
public record IntakeReceipt(String documentId, String sha256, String status, String reason, String kind) {

    static IntakeReceipt published(String documentId, String sha256) {
        return new IntakeReceipt(documentId, sha256, "published", null, null);
    }

    static IntakeReceipt rejected(String documentId, String sha256, String kind, String reason) {
        return new IntakeReceipt(documentId, sha256, "rejected", reason, kind);
    }
}
