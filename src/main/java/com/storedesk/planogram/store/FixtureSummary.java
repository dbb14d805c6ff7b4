package com.storedesk.planogram.store;

/** A store's fixture as the fixture picker lists it, with the number of its latest version. */
public record FixtureSummary(long id, long storeId, String fixture, int latestVersion) {
}
