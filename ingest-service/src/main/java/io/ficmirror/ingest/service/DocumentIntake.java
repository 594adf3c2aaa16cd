package io.ficmirror.ingest.service;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.DocumentReceived;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.RejectionStage;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Source;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Turns an incoming document into an event: {@code documents.raw} when it can be parsed, {@code documents.rejected}
 * when it is plainly unusable. Either way the caller learns only after the broker has acknowledged the event.
 */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    @Channel("documents-raw")
    MutinyEmitter<Record<String, DocumentReceived>> raw;

    @Inject
    @Channel("documents-rejected")
    MutinyEmitter<Record<String, DocumentRejected>> rejected;

    @Inject
    IngestSettings settings;

    public Uni<IntakeReceipt> accept(IncomingDocument document) {
        byte[] content = document.content();
        String sha256 = ContentIds.sha256Hex(content);
        String uri = document.path() != null && !document.path().isBlank() ? document.path() : "sha256:" + sha256;
        Source source = new Source(document.archive(), uri, sha256, Instant.now());
        String documentId = ContentIds.documentId(source.archive(), source.uri());

        if (content.length == 0) {
            return reject(documentId, source, "empty", "the document is empty (0 bytes)");
        }
        if (content.length > settings.maxDocumentBytes()) {
            return reject(documentId, source, "too-large", "the document has %d bytes, more than the limit of %d (ficmirror.ingest.max-document-bytes)"
                    .formatted(content.length, settings.maxDocumentBytes()));
        }
        DocumentReceived event = new DocumentReceived(SchemaVersion.CURRENT, documentId, source, document.mediaType(),
                document.charset(), content, Instant.now());
        return raw.send(Record.of(documentId, event)).replaceWith(IntakeReceipt.published(documentId, sha256));
    }

    /** A document that could not even be read (too large, unsafe path, corrupt archive) is rejected by name. */
    public Uni<IntakeReceipt> rejectUnread(String archive, String path, String kind, String reason) {
        return reject(ContentIds.documentId(archive, path), new Source(archive, path, null), kind, reason);
    }

    private Uni<IntakeReceipt> reject(String documentId, Source source, String kind, String reason) {
        DocumentRejected event = new DocumentRejected(SchemaVersion.CURRENT, documentId, source, RejectionStage.INGEST,
                reason, kind, Instant.now());
        return rejected.send(Record.of(documentId, event))
                .replaceWith(IntakeReceipt.rejected(documentId, source.sha256(), kind, reason));
    }
}
