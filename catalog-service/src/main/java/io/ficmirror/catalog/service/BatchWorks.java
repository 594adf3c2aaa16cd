package io.ficmirror.catalog.service;

import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.contract.Work;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one write transaction already knows, so it is not read back from the database: the works it stored as
 * sources (their JSON need not be parsed again) and the canonical works it created (no text row yet; their
 * fingerprint bands are written once, at the end of the batch, so until then they are looked up here).
 */
@TransactionScoped
public class BatchWorks implements Serializable {
    private final transient Map<String, Work> stored = new HashMap<>();
    private final transient Map<String, WorkEntity> created = new LinkedHashMap<>();
    private final transient Map<String, WorkEntity> createdByPartKey = new HashMap<>();

    void stored(Work work) {
        stored.put(work.documentId(), work);
    }

    /** The work last stored for this document in this transaction, or null. */
    Work storedFor(String documentId) {
        return stored.get(documentId);
    }

    void created(WorkEntity work) {
        created.put(work.id, work);
        if (work.partKey != null) {
            createdByPartKey.put(work.partKey, work);
        }
    }

    boolean isNew(String workId) {
        return created.containsKey(workId);
    }

    WorkEntity createdWithPartKey(String partKey) {
        return createdByPartKey.get(partKey);
    }

    /** The works this transaction created, in creation order. */
    Collection<WorkEntity> created() {
        return created.values();
    }
}
