package io.ficmirror.ingest.messaging;

import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Headers;
import io.ficmirror.contract.WorkStored;
import io.ficmirror.ingest.job.DocumentLedger;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** Follows each published document downstream (parsed, catalogued, indexed, rejected) into the ledger. */
@ApplicationScoped
public class PipelineFeedback {
    private static final Logger LOG = Logger.getLogger(PipelineFeedback.class);

    @Inject
    DocumentLedger ledger;

    /** Only the headers are read: the value is the whole work. */
    @Incoming("works-parsed")
    @Blocking
    public CompletionStage<Void> onParsed(Message<byte[]> message) throws SQLException {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        Header documentId = metadata.getHeaders().lastHeader(Headers.DOCUMENT_ID);
        Header sha256 = metadata.getHeaders().lastHeader(Headers.SHA256);
        if (documentId != null && sha256 != null) {
            ledger.parsed(new String(documentId.value(), StandardCharsets.UTF_8), new String(sha256.value(), StandardCharsets.UTF_8));
        }
        return message.ack();
    }

    @Incoming("works-stored")
    @Blocking
    public void onStored(WorkStored stored) throws SQLException {
        if (stored == null) {
            LOG.warn("A works.stored record could not be read; skipped (it only feeds job progress)");
            return;
        }
        ledger.stored(stored.documentId(), stored.sha256(), stored.store());
    }

    @Incoming("documents-rejected-feedback")
    @Blocking
    public void onRejected(DocumentRejected rejected) throws SQLException {
        if (rejected == null) {
            LOG.warn("A documents.rejected record could not be read; skipped here (catalog-service dead-letters it)");
            return;
        }
        ledger.rejected(rejected.documentId(), rejected.source() == null ? null : rejected.source().sha256(), rejected.reason());
    }
}
