package io.ficmirror.parser;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Entry point of the parser: one raw document in, one outcome out. Stateless and thread-safe. */
public final class WorkParser {
    public static final String VERSION = "0.1";

    public ParseOutcome parse(RawDocument document) {
        if (document.content().length == 0) {
            return new ParseOutcome.Rejected("empty", "the document is empty (0 bytes)");
        }
        String text = new String(document.content(), StandardCharsets.UTF_8);
        String body = text.strip();
        return new ParseOutcome.Parsed(new Work(SchemaVersion.CURRENT, ContentIds.workIdForDocument(document.documentId()),
                document.documentId(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), List.of(), null, null, null, List.of(), null, null, "en",
                body.split("\\s+").length, List.of(), null, body, "plain", document.source(), VERSION));
    }
}
