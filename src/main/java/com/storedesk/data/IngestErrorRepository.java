package com.storedesk.data;

import com.storedesk.data.entity.IngestError;
import java.util.List;
import java.util.Objects;

/** Reads the events ingest refused, for the screens and commands that show them. */
public final class IngestErrorRepository {

    private final Database db;

    public IngestErrorRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The latest refusals first, at most {@code limit}. */
    public List<IngestError> recent(int limit) {
        return db.read(session -> session.createSelectionQuery(
                "from IngestError e order by e.receivedAt desc, e.id desc", IngestError.class)
                .setMaxResults(limit)
                .getResultList());
    }

    public long count() {
        return db.read(session -> session.createSelectionQuery("select count(e) from IngestError e", Long.class)
                .getSingleResult());
    }
}
