package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A raw document as ingested, on {@value Topics#DOCUMENTS_RAW}. The document id is derived from the bytes, so
 * ingesting the same bytes twice yields the same id.
 *
 * @param mediaType the media type the importer gave or guessed, for example "text/html"
 * @param charset   the charset if known (from the upload or the archive), else null
 * @param content   the document's bytes, unchanged (base64 in JSON)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentReceived(
        int schemaVersion,
        String documentId,
        Source source,
        String mediaType,
        String charset,
        byte[] content,
        Instant receivedAt) {
}
