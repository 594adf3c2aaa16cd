package io.ficmirror.parser;

import io.ficmirror.contract.Source;

/**
 * What the parser reads: a document's bytes and what is known about them.
 *
 * @param mediaType the declared or guessed media type; the parser sniffs the bytes as well
 * @param charset   the declared charset, or null to detect it
 */
public record RawDocument(String documentId, Source source, String mediaType, String charset, byte[] content) {
}
