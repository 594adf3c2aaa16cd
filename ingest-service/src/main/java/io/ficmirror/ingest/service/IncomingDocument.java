package io.ficmirror.ingest.service;

/**
 * A document as it arrives, before it has an id.
 *
 * @param archive   the mirror it belongs to, as the importer names it
 * @param path      its path inside the mirror or its URI; null when unknown (the content hash stands in)
 * @param mediaType declared media type, or null
 * @param charset   declared charset, or null
 */
public record IncomingDocument(String archive, String path, String mediaType, String charset, byte[] content) {
}
