package io.ficmirror.catalog.service;

import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Source;
import io.ficmirror.contract.Work;
import java.util.List;
import java.util.Map;

/** Between the event contract and the table, both ways; the entity never leaves the service. */
final class WorkMapper {
    private WorkMapper() {
    }

    static void copy(Work work, WorkEntity entity) {
        entity.id = work.workId();
        entity.documentId = work.documentId();
        entity.title = clean(work.title());
        entity.authors = orEmpty(work.authors());
        entity.fandoms = orEmpty(work.fandoms());
        entity.relationships = orEmpty(work.relationships());
        entity.characters = orEmpty(work.characters());
        entity.tags = orEmpty(work.tags());
        entity.rating = work.rating();
        entity.warnings = orEmpty(work.warnings());
        entity.categories = orEmpty(work.categories());
        entity.series = orEmpty(work.series());
        entity.summary = clean(work.summary());
        entity.notes = clean(work.notes());
        entity.disclaimer = clean(work.disclaimer());
        entity.betas = orEmpty(work.betas());
        entity.publishedAt = work.publishedAt();
        entity.updatedAt = work.updatedAt();
        entity.language = work.language();
        entity.wordCount = work.wordCount();
        entity.chapters = orEmpty(work.chapters());
        entity.commentCount = work.commentCount();
        entity.body = work.body() == null ? "" : clean(work.body());
        entity.sourceFormat = work.sourceFormat();
        entity.sourceArchive = work.source().archive();
        entity.sourceUri = work.source().uri();
        entity.sourceSha256 = work.source().sha256();
        entity.parserVersion = work.parserVersion();
        entity.asWritten = work.asWritten() == null ? Map.of() : work.asWritten();
    }

    static Work toWork(WorkEntity entity) {
        return new Work(SchemaVersion.CURRENT, entity.id, entity.documentId, entity.title, entity.authors, entity.fandoms,
                entity.relationships, entity.characters, entity.tags, entity.rating, entity.warnings, entity.categories,
                entity.series, entity.summary, entity.notes, entity.disclaimer, entity.betas, entity.publishedAt,
                entity.updatedAt, entity.language, entity.wordCount, entity.chapters, entity.commentCount, entity.body,
                entity.sourceFormat, new Source(entity.sourceArchive, entity.sourceUri, entity.sourceSha256),
                entity.parserVersion, entity.asWritten);
    }

    /** PostgreSQL text cannot hold NUL characters; a parser should never leave them, but one must not stop the stream. */
    private static String clean(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
