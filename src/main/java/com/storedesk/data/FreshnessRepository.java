package com.storedesk.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How fresh the data is, for the Home screen and the status bar. */
public final class FreshnessRepository {

    private final Database db;

    public FreshnessRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** When the newest sale happened; empty when there are no sales. */
    public Optional<Instant> latestSaleAt() {
        return max("select max(s.occurredAt) from Sale s");
    }

    /** When any platform stream last synced successfully; empty when none ever did. */
    public Optional<Instant> lastSuccessfulSync() {
        return max("select max(s.lastSuccessAt) from SyncState s");
    }

    private Optional<Instant> max(String query) {
        return Optional.ofNullable(db.read(session -> session.createSelectionQuery(query, Instant.class)
                .getSingleResult()));
    }
}
