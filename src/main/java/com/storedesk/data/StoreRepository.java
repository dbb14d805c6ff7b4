package com.storedesk.data;

import java.util.List;
import java.util.Objects;

/** Reads stores. */
public final class StoreRepository {

    private final Database db;

    public StoreRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** All stores, ordered by code (then source: codes are unique per source only). */
    public List<StoreSummary> listStores() {
        return db.read(session -> session.createSelectionQuery("""
                select new com.storedesk.data.StoreSummary(
                    s.id, s.source, s.externalId, s.code, s.name, s.timeZone, s.currency)
                from Store s
                order by s.code, s.source""", StoreSummary.class).getResultList());
    }
}
