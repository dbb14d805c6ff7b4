package com.storedesk.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code connector_ledger} table: which idempotency keys a connector applied. The primary key
 * makes recording a key the test-and-set, so two senders of one key cannot both apply it.
 */
public final class ConnectorLedgerRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    public ConnectorLedgerRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Records the key; false, recording nothing, when it was recorded before. */
    public boolean record(String source, String idempotencyKey, String entry, Instant at) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO connector_ledger"
                        + " (source, idempotency_key, applied_at, entry) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, source);
            insert.setString(2, idempotencyKey);
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(4, entry);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "Recording an applied action", e);
        }
    }

    /** The entries of {@code source}, oldest first. */
    public List<String> entries(String source) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT entry FROM connector_ledger WHERE source = ? ORDER BY applied_at, idempotency_key")) {
            select.setString(1, source);
            List<String> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(row.getString(1));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "Reading applied actions", e);
        }
    }
}
