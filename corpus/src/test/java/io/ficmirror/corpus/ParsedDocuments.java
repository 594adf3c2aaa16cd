package io.ficmirror.corpus;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import io.ficmirror.contract.Work;
import io.ficmirror.parser.MediaTypes;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;

/** Parses generated documents the way `ficmirror parse` parses files: media type from the name, charset unknown. */
final class ParsedDocuments {
    private static final WorkParser PARSER = new WorkParser();

    private ParsedDocuments() {
    }

    static RawDocument raw(GeneratedDocument d) {
        Source source = new Source("corpus", d.path(), ContentIds.sha256Hex(d.content()));
        return new RawDocument(ContentIds.documentId("corpus", d.path()), source, MediaTypes.forFileName(d.path()), null,
                d.content());
    }

    /** The parsed Work, or null when the parser rejected the document (as Scorer takes it). */
    static Work parse(GeneratedDocument d) {
        ParseOutcome outcome = PARSER.parse(raw(d));
        return outcome instanceof ParseOutcome.Parsed p ? p.work() : null;
    }
}
