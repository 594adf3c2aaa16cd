package io.ficmirror.parse.service;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The parser as the service runs it: any failure inside the parser becomes a rejection that says so, so one bad
 * document can never stop the stream or vanish.
 */
@ApplicationScoped
public class SafeParser {
    private static final Logger LOG = Logger.getLogger(SafeParser.class);

    private final WorkParser parser;

    /** @param maxDocumentBytes larger documents are rejected ("too-large") unparsed */
    @Inject
    public SafeParser(@ConfigProperty(name = "ficmirror.parse.max-document-bytes", defaultValue = "33554432") long maxDocumentBytes) {
        this.parser = new WorkParser(maxDocumentBytes);
    }

    public ParseOutcome parse(RawDocument document) {
        try {
            ParseOutcome outcome = parser.parse(document);
            if (outcome instanceof ParseOutcome.Parsed parsed
                    && !parsed.work().workId().equals(ContentIds.workIdForDocument(document.documentId()))) {
                throw new IllegalStateException("parser produced work id " + parsed.work().workId() + " for document "
                        + document.documentId());
            }
            return outcome;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf(e, "Parser failed on document %s (%s)", document.documentId(), document.source().uri());
            return new ParseOutcome.Rejected("parser-error", "the parser failed on this document: " + e
                    + " (a bug in ficmirror's parser; please report it with the document)");
        }
    }
}
