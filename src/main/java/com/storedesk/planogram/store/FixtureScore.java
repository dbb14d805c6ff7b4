package com.storedesk.planogram.store;

import java.time.Instant;

/** A fixture's latest check, for the district's summary across stores. */
public record FixtureScore(long storeId, String fixture, int versionNumber, Instant checkedAt, double score) {
}
