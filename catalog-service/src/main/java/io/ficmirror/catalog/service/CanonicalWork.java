package io.ficmirror.catalog.service;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Stats;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue says of a work, derived from all its sources by {@link WorkAssembler}.
 *
 * @param tags       canonical tag names by type (fandom, relationship, ...), in the order first seen
 * @param synonyms   other names sources used for a canonical tag, by type then canonical name
 * @param engagement the highest of the sources' stats for each counter; null when no source shows any
 * @param complete   whether the sources say the work is complete; null when none says
 * @param primary    document id of the source the text and the main metadata come from (part 1 for assembled works)
 */
public record CanonicalWork(
        String title,
        List<String> creators,
        Map<TagType, List<String>> tags,
        Map<TagType, Map<String, List<String>>> synonyms,
        List<SeriesPart> series,
        String summary,
        String notes,
        String disclaimer,
        String rating,
        String language,
        LocalDate publishedAt,
        LocalDate updatedAt,
        List<Chapter> chapters,
        int wordCount,
        Integer commentCount,
        Stats engagement,
        Boolean complete,
        String body,
        String primary) {
}
