package com.storedesk.ingest;

import java.util.List;
import java.util.Set;

/**
 * What one {@link IngestService#ingest} call did. Every event received is counted exactly once:
 * {@code received == inserted + updated + unchanged + rejections.size()}.
 *
 * @param unchanged events that changed nothing: already stored as they are, an older version than
 *     the one stored, or superseded by a later version in the same batch
 * @param changedStoreIds database ids of the stores whose data changed
 * @param catalogChanged whether a product was added or changed (what the assistant's knowledge describes)
 */
public record IngestResult(int received, int inserted, int updated, int unchanged, List<IngestRejection> rejections,
        Set<Long> changedStoreIds, boolean catalogChanged) {

    public IngestResult {
        rejections = List.copyOf(rejections);
        changedStoreIds = Set.copyOf(changedStoreIds);
    }

    /** Events that are now in the database as sent, whether or not this call wrote them. */
    public int accepted() {
        return inserted + updated + unchanged;
    }
}
