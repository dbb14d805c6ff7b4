package com.storedesk.ingest;

import java.util.Set;

/**
 * New data for these stores has been committed. Ingest publishes one per committed batch,
 * naming each store the batch touched once, so a screen refreshes once per batch, not per row.
 *
 * @param storeIds database ids of the stores whose data changed
 * @param catalogChanged whether a product was added or changed: the chain's catalog belongs to no one store
 */
public record StoreDataChanged(Set<Long> storeIds, boolean catalogChanged) {

    public StoreDataChanged {
        storeIds = Set.copyOf(storeIds);
    }

    /** Data of these stores changed; the catalog did not. */
    public StoreDataChanged(Set<Long> storeIds) {
        this(storeIds, false);
    }

    public boolean concerns(long storeId) {
        return storeIds.contains(storeId);
    }
}
