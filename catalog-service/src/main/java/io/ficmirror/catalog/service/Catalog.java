package io.ficmirror.catalog.service;

import io.ficmirror.catalog.domain.RejectedDocumentEntity;
import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.contract.DocumentRejected;
import io.ficmirror.contract.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue's writes and reads. Writes are upserts by id, so a replayed event changes nothing. */
@ApplicationScoped
public class Catalog {

    @Transactional
    public void record(Work work) {
        WorkEntity entity = WorkEntity.findById(work.workId());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new WorkEntity();
        } else if (work.source().sha256().equals(entity.sourceSha256) && work.parserVersion().equals(entity.parserVersion)) {
            return;
        }
        WorkMapper.copy(work, entity);
        entity.cataloguedAt = Instant.now();
        if (fresh) {
            entity.persist();
        }
        RejectedDocumentEntity.deleteById(work.documentId());
    }

    @Transactional
    public void record(DocumentRejected rejection) {
        RejectedDocumentEntity entity = RejectedDocumentEntity.findById(rejection.documentId());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new RejectedDocumentEntity();
            entity.documentId = rejection.documentId();
        }
        entity.sourceArchive = rejection.source().archive();
        entity.sourceUri = rejection.source().uri();
        entity.sourceSha256 = rejection.source().sha256();
        entity.stage = rejection.stage().name();
        entity.kind = rejection.kind();
        entity.reason = rejection.reason();
        entity.rejectedAt = rejection.rejectedAt() == null ? Instant.now() : rejection.rejectedAt();
        if (fresh) {
            entity.persist();
        }
    }

    @Transactional
    public Optional<Work> work(String workId) {
        return WorkEntity.<WorkEntity>findByIdOptional(workId).map(WorkMapper::toWork);
    }

    @Transactional
    public List<Work> latest(int limit) {
        return WorkEntity.<WorkEntity>find("order by cataloguedAt desc, id").page(0, limit).list().stream()
                .map(WorkMapper::toWork).toList();
    }

    @Transactional
    public List<DocumentStatus> statusOf(List<String> documentIds) {
        Map<String, DocumentStatus> byId = new LinkedHashMap<>();
        documentIds.forEach(id -> byId.put(id, DocumentStatus.unknown(id)));
        for (RejectedDocumentEntity rejected : RejectedDocumentEntity.findByDocumentIds(documentIds)) {
            byId.put(rejected.documentId, new DocumentStatus(rejected.documentId, "rejected", rejected.sourceSha256, null, null, rejected.stage,
                    rejected.kind, rejected.reason));
        }
        for (WorkEntity work : WorkEntity.findByDocumentIds(documentIds)) {
            byId.put(work.documentId, new DocumentStatus(work.documentId, "catalogued", work.sourceSha256, work.id, work.title,
                    null, null, null));
        }
        return List.copyOf(byId.values());
    }

    @Transactional
    public CatalogStats stats() {
        return new CatalogStats(WorkEntity.count(), RejectedDocumentEntity.count());
    }

    public record CatalogStats(long works, long rejectedDocuments) {
    }
}
