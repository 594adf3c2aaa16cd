package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A structured work, on {@value Topics#WORKS_PARSED}. Field names are a public contract.
 * Lists are never null (empty when the document says nothing); text fields are null when absent.
 *
 * @param workId        stable id of the work, derived from the document id
 * @param rating        the archive's rating as written, mapped to AO3's names where it is one of them
 * @param categories    relationship categories (F/M, M/M, Gen, ...)
 * @param body          the story text alone: no headers, notes, comments or site chrome
 * @param wordCount     words in {@code body}: whitespace-separated tokens holding a letter or digit
 * @param commentCount  reader comments found after the story, null when the format has none
 * @param sourceFormat  which dialect the parser recognised (ao3-html, ffnet, livejournal, mailing-list, plain, ...)
 * @param parserVersion version of the parser that produced this work
 * @param asWritten     the source's own values where the canonical ones above differ from them, by field name
 *                      ("fandoms", "relationships", "characters", "tags", "rating", "warnings"); empty when none differ
 * @param stats         reader engagement the source shows (kudos, hits, reviews, ...); null when it shows none
 * @param complete      whether the source says the work is complete; null when it does not say
 * @param challenges    challenges, prompts or fests the work was written for, as the source names them
 * @param partOf        set when the document holds one part of a work spread over several documents; then
 *                      {@code title} is the whole work's title and {@code body} this part's text. Null otherwise.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Work(
        int schemaVersion,
        String workId,
        String documentId,
        String title,
        List<String> authors,
        List<String> fandoms,
        List<String> relationships,
        List<String> characters,
        List<String> tags,
        String rating,
        List<String> warnings,
        List<String> categories,
        List<SeriesPart> series,
        String summary,
        String notes,
        String disclaimer,
        List<String> betas,
        LocalDate publishedAt,
        LocalDate updatedAt,
        String language,
        int wordCount,
        List<Chapter> chapters,
        Integer commentCount,
        String body,
        String sourceFormat,
        Source source,
        String parserVersion,
        Map<String, List<String>> asWritten,
        PartOf partOf,
        Stats stats,
        Boolean complete,
        List<String> challenges) {
}
