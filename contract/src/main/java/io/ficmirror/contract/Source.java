package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * Where a document came from.
 *
 * @param archive   the mirror or archive it was imported from, as the importer named it (for example "sv-flashfic")
 * @param uri       its path inside that archive, or the URI it was fetched from
 * @param sha256    SHA-256 of the document's bytes, lower-case hex
 * @param fetchedAt when ingest read this version of the document; null when not known. Between two versions of the
 *                  same document the later one wins, so a replayed old event never overwrites a newer one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String archive, String uri, String sha256, Instant fetchedAt) {

    public Source(String archive, String uri, String sha256) {
        this(archive, uri, sha256, null);
    }
}
