package io.ficmirror.catalog.service;

import io.ficmirror.catalog.dedup.TextFingerprint;
import io.ficmirror.catalog.domain.SourceEntity;
import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.catalog.domain.WorkTextEntity;
import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.WorkCatalogued;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The catalogue's works as the feed and the API show them: {@link WorkCatalogued}. */
public final class FeedRecords {

    private FeedRecords() {
    }

    /** Call inside a transaction; {@code withBody} false leaves the story text out (null). */
    public static WorkCatalogued of(WorkEntity work, boolean withBody) {
        return of(List.of(work), withBody).get(0);
    }

    /**
     * Several works at once (call inside a transaction): their sources and texts are read with one query each, not
     * one per work; their tags, creators, series and chapters Hibernate loads in batches.
     */
    public static List<WorkCatalogued> of(List<WorkEntity> works, boolean withBody) {
        if (works.isEmpty()) {
            return List.of();
        }
        List<String> ids = works.stream().map(w -> w.id).toList();
        Map<String, List<SourceEntity>> sources = SourceEntity.ofWorks(ids).stream()
                .collect(Collectors.groupingBy(s -> s.work.id));
        Map<String, String> bodies = new HashMap<>();
        if (withBody) {
            WorkTextEntity.<WorkTextEntity>list("workId in ?1", ids).forEach(t -> bodies.put(t.workId, t.body));
        }
        return works.stream().map(w -> of(w, sources.getOrDefault(w.id, List.of()),
                withBody ? bodies.getOrDefault(w.id, "") : null)).toList();
    }

    private static WorkCatalogued of(WorkEntity work, List<SourceEntity> workSources, String body) {
        Map<TagType, List<String>> byType = new EnumMap<>(TagType.class);
        for (TagType type : TagType.values()) {
            byType.put(type, work.tags.stream().filter(t -> t.type.equals(type.id())).map(t -> t.name).toList());
        }
        List<WorkCatalogued.CataloguedSource> sources = workSources.stream()
                .map(s -> new WorkCatalogued.CataloguedSource(s.documentId, s.archive, s.uri, s.sha256, s.fetchedAt,
                        s.sourceFormat, s.parserVersion, s.partNumber))
                .toList();
        return new WorkCatalogued(SchemaVersion.CURRENT, work.id, work.version, work.changedAt, work.title,
                work.creators.stream().map(c -> c.name).toList(),
                new WorkCatalogued.TypedTags(byType.get(TagType.FANDOM), byType.get(TagType.RELATIONSHIP),
                        byType.get(TagType.CHARACTER), byType.get(TagType.FREEFORM), byType.get(TagType.RATING),
                        byType.get(TagType.WARNING), byType.get(TagType.CATEGORY), byType.get(TagType.CHALLENGE)),
                work.series.stream().map(s -> new SeriesPart(s.series.title, s.part)).toList(),
                work.summary, work.notes, work.disclaimer, work.publishedAt, work.updatedAt, work.language,
                work.chapters.stream().map(c -> new Chapter(c.title, c.wordCount, c.notes, c.endNotes)).toList(),
                new WorkCatalogued.WorkStats(work.wordCount, work.chapterCount, work.commentCount, work.sourceCount),
                new WorkCatalogued.Fingerprint(TextFingerprint.SCHEME, TextFingerprint.SHINGLE_WORDS, TextFingerprint.SIZE,
                        Base64.getEncoder().encodeToString(work.fingerprint)),
                sources, body, work.engagement == null ? null : work.engagement.toStats(), work.complete);
    }
}
