package io.ficmirror.catalog.service;

import io.ficmirror.contract.Work;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one write transaction already knows, so it is not read back from the database: the works it stored as
 * sources (their JSON need not be parsed again) and the canonical works it created (they have no text row yet).
 */
@TransactionScoped
public class BatchWorks implements Serializable {
    private final transient Map<String, Work> stored = new HashMap<>();
    private final Set<String> created = new HashSet<>();

    void stored(Work work) {
        stored.put(work.documentId(), work);
    }

    /** The work last stored for this document in this transaction, or null. */
    Work storedFor(String documentId) {
        return stored.get(documentId);
    }

    void created(String workId) {
        created.add(workId);
    }

    boolean isNew(String workId) {
        return created.contains(workId);
    }
}
