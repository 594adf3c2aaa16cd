package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a document came from.
 *
 * @param archive the mirror or archive it was imported from, as the importer named it (for example "sv-flashfic")
 * @param uri     its path inside that archive, or the URI it was fetched from
 * @param sha256  SHA-256 of the document's bytes, lower-case hex
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String archive, String uri, String sha256) {
}
