package com.storedesk.planogram.store;

import java.time.Instant;

/**
 * One version of a fixture's planogram, without its positions.
 *
 * @param number 1 for the first version of the fixture, then 2, 3...
 * @param sourceName the file an import read, else null
 */
public record VersionInfo(long id, long fixtureId, int number, VersionOrigin origin, String sourceName,
        Instant createdAt, String createdBy) {
}
