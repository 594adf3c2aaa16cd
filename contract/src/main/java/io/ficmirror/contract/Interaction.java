package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One reader's interaction with a work, on {@value Topics#INTERACTIONS} (keyed by {@code interactionId}): a review,
 * a favourite, a kudos. Read from an archive's database by the importer. The reader is never named: {@code readerId}
 * is a pseudonym, the same for one reader throughout one archive and unrelated to that reader's pseudonym in any other
 * archive. Anonymous interactions (a guest's review) have no reader id.
 *
 * @param interactionId stable id: importing the same archive again yields the same ids, so nothing is counted twice
 * @param archive       the archive it was imported from, as the importer named it
 * @param readerId      the reader's pseudonym within {@code archive}; null for a guest
 * @param documentId    the document (story) it concerns, as on {@value Topics#DOCUMENTS_RAW}
 * @param workId        the parsed work of that document, as on {@value Topics#WORKS_PARSED}; the catalogue's export
 *                      gives the canonical work instead
 * @param kind          one of {@link #KINDS}
 * @param at            when it happened; null when the archive does not record it (eFiction's favourites)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Interaction(
        int schemaVersion,
        String interactionId,
        String archive,
        String readerId,
        String documentId,
        String workId,
        String kind,
        Instant at) {

    public static final String REVIEW = "review";
    public static final String FAVOURITE = "favourite";
    public static final String KUDOS = "kudos";
    public static final String BOOKMARK = "bookmark";
    public static final String COMMENT = "comment";
    public static final java.util.List<String> KINDS = java.util.List.of(REVIEW, FAVOURITE, KUDOS, BOOKMARK, COMMENT);
}
