package com.storedesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** How an {@code audit_log} row is selected and read, for every reader of the trail. */
final class AuditRows {

    static final String COLUMNS =
            "seq, occurred_at, actor, action, store_id, subject, details, previous_hash, hash";

    private AuditRows() {
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        long storeId = row.getLong(5);
        Long store = row.wasNull() ? null : storeId;
        return new AuditEntry(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), store, row.getString(6), row.getString(7), trim(row.getString(8)),
                trim(row.getString(9)));
    }

    /** CHAR columns come back padded on some databases if a shorter value was forced in. */
    private static String trim(String hash) {
        return hash == null ? "" : hash.strip();
    }
}
