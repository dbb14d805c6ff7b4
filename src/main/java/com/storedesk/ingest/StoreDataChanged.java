package com.storedesk.ingest;

import java.util.Set;

/**
 * New data for these stores has been committed. Ingest publishes one per committed batch,
 * naming each store the batch touched once, so a screen refreshes once per batch, not per row.
 *
 * @param storeIds database ids of the stores whose data changed
 */
public record StoreDataChanged(Set<Long> storeIds) {

    public StoreDataChanged {
        storeIds = Set.copyOf(storeIds);
    }

    public boolean concerns(long storeId) {
        return storeIds.contains(storeId);
    }
}
