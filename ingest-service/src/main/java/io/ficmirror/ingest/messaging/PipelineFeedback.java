package io.ficmirror.ingest.messaging;

import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Headers;
import io.ficmirror.contract.WorkStored;
import io.ficmirror.ingest.job.DocumentLedger;
import io.ficmirror.support.PassingFailures;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows each published document downstream (parsed, catalogued, indexed, rejected) into the ledger, a polled batch
 * of feedback at a time (one round trip to PostgreSQL per batch). While PostgreSQL cannot be reached, each waits and
 * tries again.
 */
@ApplicationScoped
public class PipelineFeedback {
    private static final Logger LOG = Logger.getLogger(PipelineFeedback.class);

    @Inject
    DocumentLedger ledger;

    /** Only the headers are read: the value is the whole work. */
    @Incoming("works-parsed")
    @Blocking
    public void onParsed(ConsumerRecords<String, byte[]> records) throws SQLException {
        List<DocumentLedger.Version> parsed = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Header documentId = record.headers().lastHeader(Headers.DOCUMENT_ID);
            Header sha256 = record.headers().lastHeader(Headers.SHA256);
            if (documentId != null && sha256 != null) {
                parsed.add(new DocumentLedger.Version(new String(documentId.value(), StandardCharsets.UTF_8),
                        new String(sha256.value(), StandardCharsets.UTF_8)));
            }
        }
        PassingFailures.retry("recording parsed documents", () -> {
            ledger.parsed(parsed);
            return null;
        });
    }

    @Incoming("works-stored")
    @Blocking
    public void onStored(List<WorkStored> batch) throws SQLException {
        Map<String, List<DocumentLedger.Version>> byStore = new LinkedHashMap<>();
        for (WorkStored stored : batch) {
            if (stored == null) {
                LOG.warn("A works.stored record could not be read; skipped (it only feeds job progress)");
                continue;
            }
            byStore.computeIfAbsent(stored.store(), s -> new ArrayList<>())
                    .add(new DocumentLedger.Version(stored.documentId(), stored.sha256()));
        }
        for (Map.Entry<String, List<DocumentLedger.Version>> store : byStore.entrySet()) {
            PassingFailures.retry("recording stored documents", () -> {
                ledger.stored(store.getValue(), store.getKey());
                return null;
            });
        }
    }

    @Incoming("documents-rejected-feedback")
    @Blocking
    public void onRejected(List<DocumentRejected> batch) throws SQLException {
        List<DocumentLedger.Rejection> rejections = new ArrayList<>();
        for (DocumentRejected rejected : batch) {
            if (rejected == null) {
                LOG.warn("A documents.rejected record could not be read; skipped here (catalog-service dead-letters it)");
                continue;
            }
            rejections.add(new DocumentLedger.Rejection(rejected.documentId(),
                    rejected.source() == null ? null : rejected.source().sha256(), rejected.reason()));
        }
        PassingFailures.retry("recording rejections", () -> {
            ledger.rejected(rejections);
            return null;
        });
    }
}
