package io.ficmirror.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.catalog.dedup.TextFingerprint;
import io.ficmirror.catalog.domain.RejectedDocumentEntity;
import io.ficmirror.catalog.domain.SourceEntity;
import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Work;
import io.ficmirror.contract.WorkStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projection's writes, a batch of events per transaction. Idempotent: an event for a document version the
 * catalogue already holds, or an older one, changes nothing. Writers on several replicas take turns (an advisory
 * lock per transaction), because finding the work a document belongs to must see every work written before it.
 */
@ApplicationScoped
public class CatalogWriter {
    private static final long CATALOGUE_LOCK = 0x66696331L;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    WorkDerivation derivation;

    @Inject
    BatchWorks batchWorks;

    @Transactional
    public CatalogChanges applyWorks(List<IncomingWork> batch) {
        lockCatalogue();
        Set<String> touchedWorks = new LinkedHashSet<>();
        List<String> storedDocuments = new ArrayList<>();
        List<String> documentIds = batch.stream().map(i -> i.version().work().documentId()).distinct().toList();
        Map<String, SourceEntity> sources = new HashMap<>(SourceEntity.findByDocumentIds(documentIds).stream()
                .collect(Collectors.toMap(s -> s.documentId, s -> s)));
        Map<String, RejectedDocumentEntity> rejections = new HashMap<>(RejectedDocumentEntity.<RejectedDocumentEntity>list(
                "documentId in ?1", documentIds).stream().collect(Collectors.toMap(r -> r.documentId, r -> r)));
        for (IncomingWork incoming : batch) {
            SourceVersion version = incoming.version();
            Work work = version.work();
            SourceEntity existing = sources.get(work.documentId());
            storedDocuments.add(work.documentId());
            if (existing != null && !version.isNewerThan(existing.fetchedAt, existing.parserVersion)) {
                continue;
            }
            // the rejection stays in the map while it wins: a replay may bring the same older version twice in a batch
            RejectedDocumentEntity rejection = rejections.get(work.documentId());
            if (rejection != null) {
                if (rejection.fetchedAt != null && rejection.fetchedAt.isAfter(version.fetchedAt())) {
                    storedDocuments.remove(storedDocuments.size() - 1);
                    continue;
                }
                rejection.delete();
                rejections.remove(work.documentId());
            }
            TextFingerprint fingerprint = TextFingerprint.of(work.body());
            WorkEntity target = workFor(work, existing, fingerprint);
            if (existing == null) {
                existing = new SourceEntity();
                existing.documentId = work.documentId();
            } else if (!existing.work.id.equals(target.id)) {
                touchedWorks.add(existing.work.id);
            }
            copy(version, fingerprint, target, existing);
            existing.persist();
            sources.put(work.documentId(), existing);
            batchWorks.stored(work);
            touchedWorks.add(target.id);
        }
        entityManager.flush();
        return finish(touchedWorks, storedDocuments);
    }

    /**
     * Records rejections. A rejection of a document version newer than the one a work came from takes the document
     * out of its work (the work goes when it has no source left); an older one is ignored.
     */
    @Transactional
    public CatalogChanges applyRejections(List<DocumentRejected> batch) {
        lockCatalogue();
        Set<String> touchedWorks = new LinkedHashSet<>();
        for (DocumentRejected rejected : batch) {
            Instant fetchedAt = rejected.source() != null && rejected.source().fetchedAt() != null
                    ? rejected.source().fetchedAt() : rejected.rejectedAt() != null ? rejected.rejectedAt() : Instant.EPOCH;
            fetchedAt = fetchedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            SourceEntity source = SourceEntity.findById(rejected.documentId());
            if (source != null) {
                if (!fetchedAt.isAfter(source.fetchedAt)) {
                    continue;
                }
                touchedWorks.add(source.work.id);
                source.delete();
            }
            RejectedDocumentEntity entity = RejectedDocumentEntity.findById(rejected.documentId());
            if (entity == null) {
                entity = new RejectedDocumentEntity();
                entity.documentId = rejected.documentId();
            } else if (entity.fetchedAt != null && entity.fetchedAt.isAfter(fetchedAt)) {
                continue;
            }
            entity.sourceArchive = rejected.source() == null ? "" : rejected.source().archive();
            entity.sourceUri = rejected.source() == null ? "" : rejected.source().uri();
            entity.sourceSha256 = rejected.source() == null ? null : rejected.source().sha256();
            entity.stage = rejected.stage().name();
            entity.kind = rejected.kind();
            entity.reason = rejected.reason();
            entity.rejectedAt = rejected.rejectedAt() == null ? Instant.now() : rejected.rejectedAt();
            entity.fetchedAt = fetchedAt;
            entity.persist();
        }
        entityManager.flush();
        return finish(touchedWorks, List.of());
    }

    private CatalogChanges finish(Set<String> touchedWorks, List<String> storedDocuments) {
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String workId : touchedWorks) {
            switch (derivation.derive(workId)) {
                case CHANGED -> changed.add(workId);
                case REMOVED -> removed.add(workId);
                case UNCHANGED -> { }
            }
        }
        derivation.finishBatch();
        entityManager.flush();
        List<WorkStored> stored = new ArrayList<>();
        Instant now = Instant.now();
        for (String documentId : new LinkedHashSet<>(storedDocuments)) {
            SourceEntity source = SourceEntity.findById(documentId);
            if (source != null) {
                stored.add(new WorkStored(SchemaVersion.CURRENT, documentId, source.work.id, source.sha256,
                        WorkStored.CATALOG, now));
            }
        }
        return new CatalogChanges(stored, changed, removed);
    }

    /**
     * The work a document belongs to: for a part, the work of its part key; for a whole story, the work it already
     * belongs to, else the work whose text is near enough to its own, else a new one.
     */
    private WorkEntity workFor(Work work, SourceEntity existing, TextFingerprint fingerprint) {
        if (work.partOf() != null) {
            String key = work.partOf().key();
            WorkEntity byKey = batchWorks.createdWithPartKey(key);
            if (byKey == null) {
                byKey = WorkEntity.find("partKey", key).firstResult();
            }
            return byKey != null ? byKey : derivation.create(ContentIds.workIdForParts(key), key, fingerprint);
        }
        if (existing != null && existing.work.partKey == null) {
            return existing.work;
        }
        WorkEntity similar = derivation.mostSimilar(fingerprint);
        if (similar != null) {
            return similar;
        }
        String id = work.workId();
        if (WorkEntity.findById(id) != null) {
            id = ContentIds.workIdForDocument(work.documentId() + "@" + work.source().sha256());
        }
        return derivation.create(id, null, fingerprint);
    }

    private void copy(SourceVersion version, TextFingerprint fingerprint, WorkEntity target, SourceEntity source) {
        Work work = version.work();
        source.work = target;
        source.archive = work.source().archive();
        source.uri = work.source().uri();
        source.sha256 = work.source().sha256();
        source.fetchedAt = version.fetchedAt();
        source.parserVersion = work.parserVersion();
        source.sourceFormat = work.sourceFormat();
        source.partNumber = work.partOf() == null ? null : work.partOf().number();
        source.fingerprint = fingerprint.toBytes();
        source.cataloguedAt = Instant.now();
        try {
            source.parsed = json.writeValueAsString(work);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the work cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Takes the catalogue's lock and turns automatic flushing off for the transaction: a batch holds hundreds of
     * entities, and Hibernate would otherwise check every one of them for changes before each of the many lookups a
     * batch makes. The writer flushes where a query must see what the batch wrote (before deriving works, at its end).
     */
    private void lockCatalogue() {
        entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + CATALOGUE_LOCK + ")").getSingleResult();
    }
}
