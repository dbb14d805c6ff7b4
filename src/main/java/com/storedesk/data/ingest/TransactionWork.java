package com.storedesk.data.ingest;

import java.sql.SQLException;

/** Work done in one ingest transaction. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(IngestTransaction transaction) throws SQLException;
}
