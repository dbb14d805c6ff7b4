package com.storedesk.inventory.count;

import java.time.Instant;
import java.util.Objects;

/**
 * One count of one location of a store.
 *
 * @param startedBy the audit name of who started it
 * @param finishedAt null while it is open
 */
public record CountSession(long id, long storeId, String location, String startedBy, Instant startedAt,
        Instant finishedAt) {

    public CountSession {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public boolean open() {
        return finishedAt == null;
    }
}
