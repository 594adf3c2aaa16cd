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
import java.util.List;
import java.util.Map;

/** The catalogue's works as the feed and the API show them: {@link WorkCatalogued}. */
public final class FeedRecords {

    private FeedRecords() {
    }

    /** Call inside a transaction; {@code withBody} false leaves the story text out (null). */
    public static WorkCatalogued of(WorkEntity work, boolean withBody) {
        Map<TagType, List<String>> byType = new EnumMap<>(TagType.class);
        for (TagType type : TagType.values()) {
            byType.put(type, work.tags.stream().filter(t -> t.type.equals(type.id())).map(t -> t.name).toList());
        }
        List<WorkCatalogued.CataloguedSource> sources = SourceEntity.ofWork(work.id).stream()
                .map(s -> new WorkCatalogued.CataloguedSource(s.documentId, s.archive, s.uri, s.sha256, s.fetchedAt,
                        s.sourceFormat, s.parserVersion, s.partNumber))
                .toList();
        String body = null;
        if (withBody) {
            WorkTextEntity text = WorkTextEntity.findById(work.id);
            body = text == null ? "" : text.body;
        }
        return new WorkCatalogued(SchemaVersion.CURRENT, work.id, work.version, work.changedAt, work.title,
                work.creators.stream().map(c -> c.name).toList(),
                new WorkCatalogued.TypedTags(byType.get(TagType.FANDOM), byType.get(TagType.RELATIONSHIP),
                        byType.get(TagType.CHARACTER), byType.get(TagType.FREEFORM), byType.get(TagType.RATING),
                        byType.get(TagType.WARNING), byType.get(TagType.CATEGORY)),
                work.series.stream().map(s -> new SeriesPart(s.series.title, s.part)).toList(),
                work.summary, work.notes, work.disclaimer, work.publishedAt, work.updatedAt, work.language,
                work.chapters.stream().map(c -> new Chapter(c.title, c.wordCount)).toList(),
                new WorkCatalogued.WorkStats(work.wordCount, work.chapterCount, work.commentCount, work.sourceCount),
                new WorkCatalogued.Fingerprint(TextFingerprint.SCHEME, TextFingerprint.SHINGLE_WORDS, TextFingerprint.SIZE,
                        Base64.getEncoder().encodeToString(work.fingerprint)),
                sources, body);
    }
}
