package com.storedesk.audit;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks the trail in sequence order and checks, for every entry, that its number follows the one
 * before without a gap, that it carries the previous entry's hash, and that its fields still hash to
 * its own. Stops at the first break and says where and what kind.
 * <p>
 * Limit: removing the last entries leaves a shorter chain that is still valid. Compare the count and
 * head hash with ones kept elsewhere ({@link #containsHash} checks a head noted earlier is still there).
 */
public final class AuditVerifier {

    private static final int FETCH_SIZE = 1000;
    private static final long MAX_POSITIONS_SEARCHED = 2_000_000;

    private final Database database;

    public AuditVerifier(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Reads the whole trail once; blocking. */
    public AuditVerification verify() {
        try (Connection connection = database.dataSource().getConnection()) {
            return walk(connection);
        } catch (SQLException e) {
            throw new AuditStorageException("Could not read the audit trail", e);
        }
    }

    /** Whether an entry with {@code hash} is in the trail: a head hash noted earlier must stay in it. */
    public boolean containsHash(String hash) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE hash = ?")) {
            query.setString(1, hash.strip().toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new AuditStorageException("Could not read the audit trail", e);
        }
    }

    private AuditVerification walk(Connection connection) throws SQLException {
        long count = 0;
        long expected = 1;
        String previousHash = AuditHash.GENESIS;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PostgreSQL streams rows (fetch size) only inside a transaction
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery(
                    "SELECT " + AuditRows.COLUMNS + " FROM audit_log ORDER BY seq")) {
                while (rows.next()) {
                    AuditEntry entry = AuditRows.read(rows);
                    Optional<AuditProblem> problem = check(connection, entry, expected, previousHash);
                    if (problem.isPresent()) {
                        return new AuditVerification(count, previousHash, problem);
                    }
                    count++;
                    expected = entry.sequence() + 1;
                    previousHash = entry.hash();
                }
            }
            return new AuditVerification(count, previousHash, Optional.empty());
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Optional<AuditProblem> check(Connection connection, AuditEntry entry, long expected,
            String previousHash) throws SQLException {
        if (entry.sequence() > expected) {
            return problem(expected, AuditProblem.Kind.MISSING, entry.sequence() - 1);
        }
        boolean linked = entry.previousHash().equals(previousHash);
        boolean intact = entry.recomputedHash().equals(entry.hash());
        if (linked && intact) {
            return Optional.empty();
        }
        if (!linked && !intact) {
            // Moved here from elsewhere? Then its fields still hash right at the position it was written at.
            Optional<Long> writtenAt = writtenAt(connection, entry);
            if (writtenAt.isPresent()) {
                return problem(entry.sequence(), AuditProblem.Kind.OUT_OF_ORDER, writtenAt.get());
            }
        }
        return intact ? problem(entry.sequence(), AuditProblem.Kind.BROKEN_LINK, expected - 1)
                : problem(entry.sequence(), AuditProblem.Kind.CHANGED, expected - 1);
    }

    /**
     * The position at which {@code entry} hashes to its stored hash, if any. Only runs on the one
     * entry that broke the chain: a search over the sequence numbers in use, bounded so a huge trail
     * still answers quickly.
     */
    private static Optional<Long> writtenAt(Connection connection, AuditEntry entry) throws SQLException {
        long last;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(seq) FROM audit_log")) {
            rows.next();
            last = Math.min(rows.getLong(1), MAX_POSITIONS_SEARCHED);
        }
        for (long sequence = 1; sequence <= last; sequence++) {
            if (sequence != entry.sequence() && AuditHash.of(sequence, entry.occurredAt(), entry.actor(),
                    entry.action(), entry.storeId(), entry.subject(), entry.detailsJson(), entry.previousHash())
                    .equals(entry.hash())) {
                return Optional.of(sequence);
            }
        }
        return Optional.empty();
    }

    private static Optional<AuditProblem> problem(long sequence, AuditProblem.Kind kind, long other) {
        return Optional.of(new AuditProblem(sequence, kind, other));
    }
}
