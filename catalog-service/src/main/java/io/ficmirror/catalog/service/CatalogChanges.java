package io.ficmirror.catalog.service;

import io.ficmirror.contract.WorkStored;
import java.util.List;

/**
 * What one write did: which documents now stand in the catalogue (to confirm to importers), which canonical works
 * changed (to publish) and which ceased to exist (tombstones to publish).
 */
public record CatalogChanges(List<WorkStored> stored, List<String> changedWorks, List<String> removedWorks) {

    /** A write that changed no work and stored no document. */
    public static final CatalogChanges NONE = new CatalogChanges(List.of(), List.of(), List.of());
}
