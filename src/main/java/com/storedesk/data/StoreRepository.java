package com.storedesk.data;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** Reads stores. */
public final class StoreRepository {

    private final Database db;

    public StoreRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** All stores, ordered by code (then source: codes are unique per source only). */
    public List<StoreSummary> listStores() {
        return db.read(StoreRepository::listStores);
    }

    private static List<StoreSummary> listStores(Session session) {
        return session.createSelectionQuery("""
                select new com.storedesk.data.StoreSummary(
                    s.id, s.source, s.externalId, s.code, s.name, s.timeZone, s.currency)
                from Store s
                order by s.code, s.source""", StoreSummary.class).getResultList();
    }

    /** All stores as {@link #listStores()} orders them, each with the dates of its first and last sale. */
    public List<StoreSalesSpan> listStoresWithSalesSpan() {
        return db.read(session -> {
            Map<Long, Object[]> spans = new HashMap<>();
            session.createSelectionQuery("""
                    select s.store.id, min(s.businessDate), max(s.businessDate)
                    from Sale s
                    group by s.store.id""", Object[].class)
                    .getResultList()
                    .forEach(row -> spans.put((Long) row[0], row));
            return listStores(session).stream().map(store -> {
                Object[] span = spans.get(store.id());
                return span == null
                        ? new StoreSalesSpan(store, Optional.empty(), Optional.empty())
                        : new StoreSalesSpan(store, Optional.of((LocalDate) span[1]), Optional.of((LocalDate) span[2]));
            }).toList();
        });
    }
}
