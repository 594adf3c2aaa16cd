package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A canonical work of the catalogue, on {@value Topics#WORKS_CATALOGUED} (keyed by {@code workId}) and in each line of
 * {@code GET /api/export}: the feed for recommenders and other batch consumers. One work may gather several source
 * documents (the same story found in several mirrors, or one chapter per page). Published whenever the work changes;
 * a work that no longer exists (its sources now belong to another work) is published as a tombstone: a record with
 * this key and no value. The topic is compacted, so it always holds the latest version of every work.
 *
 * @param workId      stable id of the canonical work; never changes once given
 * @param version     increases with every change of this work: keep the highest you have seen
 * @param changedAt   when the catalogue last changed the work
 * @param creators    the work's authors, in the order the primary source names them
 * @param chapters    chapters in reading order; for a work assembled from several documents, one per part
 * @param engagement  readers' kudos, hits, reviews and the like as the sources show them, the highest of the sources for
 *                    each counter (copies of one work in several mirrors show the same readers); null when none shows any
 * @param complete    whether the work is complete: true when a source says so, false when sources say it is in
 *                    progress, null when none says
 * @param fingerprint for comparing texts without the texts: see {@link Fingerprint}
 * @param sources     every document the work was found in
 * @param body        the story text alone, its parts joined in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkCatalogued(
        int schemaVersion,
        String workId,
        long version,
        Instant changedAt,
        String title,
        List<String> creators,
        TypedTags tags,
        List<SeriesPart> series,
        String summary,
        String notes,
        String disclaimer,
        LocalDate publishedAt,
        LocalDate updatedAt,
        String language,
        List<Chapter> chapters,
        WorkStats stats,
        Fingerprint fingerprint,
        List<CataloguedSource> sources,
        String body,
        Stats engagement,
        Boolean complete) {

    /** A work whose sources say nothing of its completion. */
    public WorkCatalogued(int schemaVersion, String workId, long version, Instant changedAt, String title,
            List<String> creators, TypedTags tags, List<SeriesPart> series, String summary, String notes,
            String disclaimer, LocalDate publishedAt, LocalDate updatedAt, String language, List<Chapter> chapters,
            WorkStats stats, Fingerprint fingerprint, List<CataloguedSource> sources, String body, Stats engagement) {
        this(schemaVersion, workId, version, changedAt, title, creators, tags, series, summary, notes, disclaimer,
                publishedAt, updatedAt, language, chapters, stats, fingerprint, sources, body, engagement, null);
    }

    /**
     * The work's tags by type, canonical names only. {@code rating} holds at most one; {@code challenge} names the
     * challenges, prompts or fests the work was written for.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TypedTags(
            List<String> fandom,
            List<String> relationship,
            List<String> character,
            List<String> freeform,
            List<String> rating,
            List<String> warning,
            List<String> category,
            List<String> challenge) {

        /** Tags of a work written for no challenge. */
        public TypedTags(List<String> fandom, List<String> relationship, List<String> character, List<String> freeform,
                List<String> rating, List<String> warning, List<String> category) {
            this(fandom, relationship, character, freeform, rating, warning, category, List.of());
        }
    }

    /**
     * @param commentCount reader comments found with the work's sources, summed; null when no source shows any
     * @param sourceCount  how many documents the work was found in
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WorkStats(int wordCount, int chapterCount, Integer commentCount, int sourceCount) {
    }

    /**
     * A MinHash signature of the story text. {@code value} is base64 of {@code size} big-endian 32-bit minimums,
     * one per hash function, over the text's {@code shingleWords}-word shingles (lower-cased, accents, punctuation
     * and markup removed). The share of positions where two signatures agree estimates the Jaccard similarity of
     * the two texts.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fingerprint(String scheme, int shingleWords, int size, String value) {
    }

    /** One document the work was found in; {@code part} is its part number when the work is spread over documents. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CataloguedSource(
            String documentId,
            String archive,
            String uri,
            String sha256,
            Instant fetchedAt,
            String sourceFormat,
            String parserVersion,
            Integer part) {
    }
}
