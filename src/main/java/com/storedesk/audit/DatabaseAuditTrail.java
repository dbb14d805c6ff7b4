package com.storedesk.audit;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The trail in the {@code audit_log} table. Each entry takes the next sequence number and the hash
 * of the entry before it, and its own hash is computed as {@link AuditHash} defines. There is no
 * way in StoreDesk to change or remove an entry.
 * <p>
 * Appends are serialized so the chain never forks: one at a time within this process, and across
 * processes sharing a database by the primary key on the sequence number. A writer that lost the
 * race for a number rolls back and appends again on the new last entry.
 * <p>
 * Details must never hold a secret or a customer's personal data; keys that name a secret
 * ({@code password}, {@code pin}, {@code secret}, {@code token}...) are refused outright.
 */
public final class DatabaseAuditTrail implements AuditTrail {

    static final int MAX_ACTOR = 128;
    static final int MAX_SUBJECT = 256;
    static final int MAX_DETAILS = 8000;
    private static final int ATTEMPTS = 50;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Clock clock;
    private final ReentrantLock appending = new ReentrantLock();

    public DatabaseAuditTrail(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends {@code event}; blocking. */
    @Override
    public void record(AuditEvent event) {
        append(event);
    }

    /**
     * Appends {@code event} and returns the entry as stored.
     *
     * @throws IllegalArgumentException when a detail key names a secret or a field is too long to store
     * @throws AuditStorageException when the database refuses the entry
     */
    public AuditEntry append(AuditEvent event) {
        SensitiveKeys.check(event.details());
        String details = CanonicalJson.write(event.details());
        checkLength("actor", event.actor(), MAX_ACTOR);
        checkLength("subject", event.subject(), MAX_SUBJECT);
        checkLength("details", details, MAX_DETAILS);
        appending.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return appendOnce(event, details);
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw new AuditStorageException("Could not append " + event.action() + " to the audit trail", e);
                    }
                    pause(attempt); // another process took the number: read the new last entry and retry
                }
            }
        } finally {
            appending.unlock();
        }
    }

    private AuditEntry appendOnce(AuditEvent event, String details) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                AuditEntry entry = next(connection, event, details);
                insert(connection, entry);
                connection.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private AuditEntry next(Connection connection, AuditEvent event, String details) throws SQLException {
        long sequence = 1;
        String previous = AuditHash.GENESIS;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery(
                        "SELECT seq, hash FROM audit_log ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            if (head.next()) {
                sequence = head.getLong(1) + 1;
                previous = head.getString(2);
            }
        }
        Instant at = AuditHash.stored(clock.instant());
        String action = event.action().name();
        String hash = AuditHash.of(sequence, at, event.actor(), action, event.storeId(), event.subject(), details,
                previous);
        return new AuditEntry(sequence, at, event.actor(), action, event.storeId(), event.subject(), details, previous,
                hash);
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (seq, occurred_at, actor,"
                + " action, store_id, subject, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setObject(2, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            if (entry.storeId() == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, entry.storeId());
            }
            insert.setString(6, entry.subject());
            insert.setString(7, entry.detailsJson());
            insert.setString(8, entry.previousHash());
            insert.setString(9, entry.hash());
            insert.executeUpdate();
        }
    }

    private static void checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("Audit " + field + " is longer than " + max + " characters");
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 10) * 5L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditStorageException("Interrupted while appending to the audit trail", e);
        }
    }
}
