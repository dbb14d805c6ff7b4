package com.storedesk.data.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs ingest transactions on plain JDBC connections from the database's pool, and writes the log
 * of refused events. Rollup deltas are applied just before commit, so they land or vanish with the
 * rows they sum.
 */
public final class IngestStore {

    private static final String INSERT_ERROR = "INSERT INTO ingest_error"
            + " (source, event_type, external_id, reason, detail, received_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ReferenceCache cache;
    private final Clock clock;

    public IngestStore(DataSource dataSource, ReferenceCache cache, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code work} in one transaction and commits it with its rollups.
     *
     * @throws IngestWriteException when the database was unavailable or refused something; everything
     *     was rolled back
     */
    public <T> T write(TransactionWork<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw IngestWriteException.unavailable(e);
        }
        try (connection) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                IngestTransaction transaction = new IngestTransaction(connection, cache, now());
                T result = work.run(transaction);
                new RollupWrites(connection).apply(transaction.rollups());
                connection.commit();
                transaction.references().publishToCache();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw IngestWriteException.failed(e);
        }
    }

    /** Appends refused events to {@code ingest_error}, in a transaction of their own. */
    public void recordErrors(List<IngestErrorRow> errors) {
        if (errors.isEmpty()) {
            return;
        }
        Instant receivedAt = now();
        write(transaction -> {
            try (PreparedStatement insert = transaction.connection().prepareStatement(INSERT_ERROR)) {
                for (IngestErrorRow error : errors) {
                    insert.setString(1, clip(error.source(), 64));
                    insert.setString(2, clip(error.eventType(), 32));
                    insert.setString(3, clip(error.externalId(), 128));
                    insert.setString(4, clip(error.reason(), 32));
                    insert.setString(5, clip(error.detail(), 2000));
                    insert.setObject(6, ColumnType.timestamp(receivedAt));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** A connection that cannot even do this is broken; the pool replaces it, and the real failure is already on its way. */
    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException broken) {
            // nothing to add: see above
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
