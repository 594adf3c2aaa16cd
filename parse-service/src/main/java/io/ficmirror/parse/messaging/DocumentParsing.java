package io.ficmirror.parse.messaging;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.DocumentReceived;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.RejectionStage;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Parses each raw document into exactly one event: a work on {@code works.parsed} or a rejection on
 * {@code documents.rejected}. The raw record's offset is committed only after that event is acknowledged, so a
 * crash replays the document rather than losing it; replays produce the same ids, so they are harmless downstream.
 */
@ApplicationScoped
public class DocumentParsing {
    private static final Logger LOG = Logger.getLogger(DocumentParsing.class);

    private final WorkParser parser = new WorkParser();

    @Inject
    @Channel("works-parsed")
    MutinyEmitter<Record<String, Work>> works;

    @Inject
    @Channel("documents-rejected")
    MutinyEmitter<Record<String, DocumentRejected>> rejections;

    @Inject
    MeterRegistry meters;

    @Incoming("documents-raw")
    @Blocking(ordered = false)
    public void parse(DocumentReceived document) {
        ParseOutcome outcome = parseSafely(document);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            Work work = parsed.work();
            works.sendAndAwait(Record.of(work.workId(), work));
            meters.counter("ficmirror.documents.parsed", "format", String.valueOf(work.sourceFormat())).increment();
        } else {
            ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
            rejections.sendAndAwait(Record.of(document.documentId(), new DocumentRejected(SchemaVersion.CURRENT,
                    document.documentId(), document.source(), RejectionStage.PARSE, rejected.reason(), rejected.kind(),
                    Instant.now())));
            meters.counter("ficmirror.documents.rejected", "kind", rejected.kind()).increment();
        }
    }

    private ParseOutcome parseSafely(DocumentReceived document) {
        RawDocument raw = new RawDocument(document.documentId(), document.source(), document.mediaType(),
                document.charset(), document.content() == null ? new byte[0] : document.content());
        try {
            ParseOutcome outcome = parser.parse(raw);
            if (outcome instanceof ParseOutcome.Parsed parsed
                    && !parsed.work().workId().equals(ContentIds.workIdForDocument(document.documentId()))) {
                throw new IllegalStateException("parser produced work id " + parsed.work().workId() + " for document " + document.documentId());
            }
            return outcome;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf(e, "Parser failed on document %s (%s)", document.documentId(), document.source().uri());
            return new ParseOutcome.Rejected("parser-error", "the parser failed on this document: " + e
                    + " (a bug in ficmirror's parser; please report it with the document)");
        }
    }
}
