package com.storedesk.planogram.store;

import java.time.Instant;

/** One past check of a fixture, as its history lists it. */
public record CheckSummary(long id, long versionId, int versionNumber, Instant checkedAt, String checkedBy,
        double score) {
}
