package io.ficmirror.search.index;

import io.ficmirror.contract.Work;
import java.time.LocalDate;
import java.util.List;

/** A work as stored in Elasticsearch: the searchable subset of the Work, flattened. */
public record WorkDocument(
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
        String summary,
        String language,
        int wordCount,
        LocalDate publishedAt,
        LocalDate updatedAt,
        String body,
        String sourceFormat,
        String sourceArchive,
        String sourceUri,
        String sourceSha256,
        String parserVersion) {

    public static WorkDocument of(Work work) {
        return new WorkDocument(work.workId(), work.documentId(), work.title(), work.authors(), work.fandoms(),
                work.relationships(), work.characters(), work.tags(), work.rating(), work.warnings(), work.categories(),
                work.summary(), work.language(), work.wordCount(), work.publishedAt(), work.updatedAt(), work.body(),
                work.sourceFormat(), work.source().archive(), work.source().uri(), work.source().sha256(),
                work.parserVersion());
    }
}
