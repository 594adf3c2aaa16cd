package io.ficmirror.search.index;

import io.ficmirror.contract.Stats;
import io.ficmirror.contract.WorkCatalogued;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A canonical work as stored in Elasticsearch: the feed's work, flattened for search. {@code titleSort} is the
 * title lower-cased here, because this Elasticsearch has no normalizers to do it. {@code engagement} holds only the
 * counters the sources show, by their names in {@link Stats#COUNTERS}; it is null when they show none.
 */
public record WorkDocument(
        String workId,
        long version,
        Instant changedAt,
        String title,
        String titleSort,
        List<String> creators,
        List<String> fandoms,
        List<String> relationships,
        List<String> characters,
        List<String> freeforms,
        String rating,
        List<String> warnings,
        List<String> categories,
        String summary,
        String language,
        int wordCount,
        int chapterCount,
        int sourceCount,
        LocalDate publishedAt,
        LocalDate updatedAt,
        Map<String, Integer> engagement,
        String body,
        List<String> documentIds,
        List<WorkCatalogued.CataloguedSource> sources) {

    public static WorkDocument of(WorkCatalogued work) {
        WorkCatalogued.TypedTags tags = work.tags();
        return new WorkDocument(work.workId(), work.version(), work.changedAt(), work.title(),
                work.title() == null ? null : work.title().strip().toLowerCase(Locale.ROOT), work.creators(),
                tags.fandom(), tags.relationship(), tags.character(), tags.freeform(),
                tags.rating().isEmpty() ? null : tags.rating().get(0), tags.warning(), tags.category(), work.summary(),
                work.language(), work.stats().wordCount(), work.stats().chapterCount(), work.stats().sourceCount(),
                work.publishedAt(), work.updatedAt(), engagement(work.engagement()), work.body(),
                work.sources().stream().map(WorkCatalogued.CataloguedSource::documentId).toList(), work.sources());
    }

    /** The indexed field of a counter of {@link Stats#COUNTERS}. */
    static String engagementField(String counter) {
        return "engagement." + counter;
    }

    private static Map<String, Integer> engagement(Stats stats) {
        if (stats == null) {
            return null;
        }
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (String counter : Stats.COUNTERS) {
            if (stats.counter(counter) != null) {
                shown.put(counter, stats.counter(counter));
            }
        }
        return shown.isEmpty() ? null : shown;
    }
}
