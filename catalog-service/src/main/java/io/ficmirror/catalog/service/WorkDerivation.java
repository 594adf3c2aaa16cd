package io.ficmirror.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.catalog.dedup.TextFingerprint;
import io.ficmirror.catalog.domain.ChapterRow;
import io.ficmirror.catalog.domain.CreatorEntity;
import io.ficmirror.catalog.domain.EngagementRow;
import io.ficmirror.catalog.domain.SeriesEntity;
import io.ficmirror.catalog.domain.SeriesLink;
import io.ficmirror.catalog.domain.SourceEntity;
import io.ficmirror.catalog.domain.TagEntity;
import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.catalog.domain.WorkTextEntity;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps a canonical work's rows in step with its sources: derives it again, stores it when it changed. */
@ApplicationScoped
public class WorkDerivation {

    public enum Outcome { CHANGED, UNCHANGED, REMOVED }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    BatchNames names;

    @Inject
    BatchWorks batchWorks;

    WorkEntity create(String id, String partKey, TextFingerprint fingerprint) {
        WorkEntity work = new WorkEntity();
        work.id = id;
        work.partKey = partKey;
        work.rating = WorkAssembler.NOT_RATED;
        work.fingerprint = fingerprint.toBytes();
        work.cataloguedAt = Instant.now();
        work.changedAt = work.cataloguedAt;
        @SuppressWarnings("unchecked")
        List<Number> removedAt = entityManager.createNativeQuery("select last_version from work_tombstone where work_id = ?1")
                .setParameter(1, id).getResultList();
        work.version = removedAt.isEmpty() ? 0 : removedAt.get(0).longValue();
        work.publishedVersion = work.version;
        work.persist();
        batchWorks.created(work);
        return work;
    }

    /**
     * The work (not assembled from parts) whose text is most like this one, if any reaches the threshold: among the
     * works whose bands it shares, and the works this batch created (their bands are written at its end).
     */
    WorkEntity mostSimilar(TextFingerprint fingerprint) {
        List<Long> bands = fingerprint.bands();
        if (bands.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> stored = entityManager
                .createNativeQuery("select distinct work_id from work_band where band in (:bands)")
                .setParameter("bands", bands).getResultList();
        List<WorkEntity> candidates = new ArrayList<>(stored.isEmpty() ? List.of() : WorkEntity.list("id in ?1", stored));
        batchWorks.created().stream().filter(w -> w.partKey == null).forEach(candidates::add);
        WorkEntity best = null;
        double bestSimilarity = TextFingerprint.SAME_STORY;
        for (WorkEntity work : candidates) {
            double similarity = TextFingerprint.fromBytes(work.fingerprint).similarity(fingerprint);
            if (similarity >= bestSimilarity) {
                best = work;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    Outcome derive(String workId) {
        WorkEntity work = WorkEntity.findById(workId);
        if (work == null) {
            return Outcome.UNCHANGED;
        }
        List<SourceEntity> sources = SourceEntity.ofWork(workId);
        names.touched(work);
        if (sources.isEmpty()) {
            WorkTextEntity.deleteById(workId);
            work.delete();
            entityManager.createNativeQuery("insert into work_tombstone (work_id, removed_at, last_version) values (?1, now(), ?2) "
                    + "on conflict (work_id) do update set removed_at = excluded.removed_at, last_version = excluded.last_version, published = false")
                    .setParameter(1, workId).setParameter(2, work.version + 1).executeUpdate(); // the removal is a change too
            return Outcome.REMOVED;
        }
        entityManager.createNativeQuery("delete from work_tombstone where work_id = ?1").setParameter(1, workId)
                .executeUpdate();
        List<SourceVersion> versions = sources.stream().map(this::version).toList();
        CanonicalWork canonical = WorkAssembler.assemble(versions);
        String hash = contentHash(canonical, sources);
        if (hash.equals(work.contentHash)) {
            return Outcome.UNCHANGED;
        }
        store(work, canonical, sources);
        work.contentHash = hash;
        work.version++;
        work.changedAt = Instant.now();
        names.touched(work);
        return Outcome.CHANGED;
    }

    /**
     * Ends a batch: what was deferred to it is written (the bands of the works it created, tag synonyms) and the
     * counts of the creators and tags it touched are brought up to date.
     */
    void finishBatch() {
        entityManager.flush();
        for (WorkEntity work : batchWorks.created()) {
            if (work.partKey == null && entityManager.contains(work)) {
                writeBands(work.id, TextFingerprint.fromBytes(work.fingerprint));
            }
        }
        names.writeSynonyms();
        names.refreshCounts();
    }

    private void store(WorkEntity work, CanonicalWork canonical, List<SourceEntity> sources) {
        work.title = canonical.title();
        work.summary = canonical.summary();
        work.notes = canonical.notes();
        work.disclaimer = canonical.disclaimer();
        work.rating = canonical.rating();
        work.language = canonical.language();
        work.wordCount = canonical.wordCount();
        work.chapterCount = canonical.chapters().size();
        work.commentCount = canonical.commentCount();
        work.engagement = EngagementRow.of(canonical.engagement());
        work.complete = canonical.complete();
        work.sourceCount = sources.size();
        work.publishedAt = canonical.publishedAt();
        work.updatedAt = canonical.updatedAt();

        List<CreatorEntity> creators = new ArrayList<>();
        canonical.creators().forEach(name -> creators.add(names.creator(name)));
        replace(work.creators, creators);

        List<TagEntity> tags = new ArrayList<>();
        canonical.tags().forEach((type, values) -> values.forEach(name -> {
            TagEntity tag = names.tag(type, name);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }));
        replace(work.tags, tags);
        for (Map.Entry<TagType, Map<String, List<String>>> byType : canonical.synonyms().entrySet()) {
            byType.getValue().forEach((name, synonyms) -> names.synonyms(byType.getKey(), names.tag(byType.getKey(), name), synonyms));
        }

        List<SeriesLink> series = new ArrayList<>();
        for (SeriesPart part : canonical.series()) {
            SeriesEntity entity = names.series(part.title());
            series.add(new SeriesLink(entity, part.part()));
        }
        work.series.clear();
        work.series.addAll(series);

        work.chapters.clear();
        canonical.chapters().forEach(c -> work.chapters.add(new ChapterRow(c.title(), c.wordCount(), c.notes(), c.endNotes())));

        WorkTextEntity text = batchWorks.isNew(work.id) ? null : WorkTextEntity.findById(work.id);
        if (text == null) {
            text = new WorkTextEntity();
            text.workId = work.id;
            text.body = canonical.body();
            text.persist();
        } else {
            text.body = canonical.body();
        }

        SourceEntity primary = sources.stream().filter(s -> s.documentId.equals(canonical.primary())).findFirst()
                .orElseThrow();
        if (!java.util.Arrays.equals(work.fingerprint, primary.fingerprint)) {
            work.fingerprint = primary.fingerprint;
            if (work.partKey == null && !batchWorks.isNew(work.id)) {
                writeBands(work.id, TextFingerprint.fromBytes(primary.fingerprint));
            }
        }
    }

    /** Replaces a list's content in place, keeping positions that did not change (fewer row updates). */
    private static <T> void replace(List<T> current, List<T> wanted) {
        if (current.equals(wanted)) {
            return;
        }
        current.clear();
        current.addAll(wanted);
    }

    private void writeBands(String workId, TextFingerprint fingerprint) {
        entityManager.createNativeQuery("delete from work_band where work_id = ?1").setParameter(1, workId).executeUpdate();
        List<Long> bands = fingerprint.bands();
        if (bands.isEmpty()) {
            return;
        }
        // the band keys are numbers computed here, so writing them into the statement is safe; the id stays bound
        StringBuilder sql = new StringBuilder("insert into work_band (band, work_id) values ");
        for (int i = 0; i < bands.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('(').append(bands.get(i).longValue()).append(", ?1)");
        }
        entityManager.createNativeQuery(sql.append(" on conflict do nothing").toString())
                .setParameter(1, workId).executeUpdate();
    }

    private SourceVersion version(SourceEntity source) {
        Work stored = batchWorks.storedFor(source.documentId);
        if (stored != null) {
            return new SourceVersion(source.documentId, source.fetchedAt, stored);
        }
        try {
            return new SourceVersion(source.documentId, source.fetchedAt, json.readValue(source.parsed, Work.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("source " + source.documentId + " holds unreadable JSON", e);
        }
    }

    private String contentHash(CanonicalWork canonical, List<SourceEntity> sources) {
        StringBuilder text = new StringBuilder();
        try {
            text.append(json.writeValueAsString(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (SourceEntity source : sources) {
            text.append('\n').append(source.documentId).append(' ').append(source.sha256).append(' ')
                    .append(source.fetchedAt).append(' ').append(source.parserVersion).append(' ').append(source.partNumber)
                    .append(' ').append(source.archive).append(' ').append(source.uri);
        }
        return ContentIds.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
