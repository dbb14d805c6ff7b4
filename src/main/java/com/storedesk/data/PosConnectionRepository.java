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
import java.util.Optional;

/** The {@code pos_connection} table, in plain JDBC like the other small tables outside the retail model. */
public final class PosConnectionRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, platform, environment, base_url, account_id, location_id,"
            + " credential_ref, webhook_secret_ref, enabled, created_at, updated_at, updated_by, notification_url";

    private final Database database;

    public PosConnectionRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** A second connection to the same platform account (and, for Shopify, the same location). */
    public static final class DuplicateAccount extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateAccount(String platform, String accountId) {
            super("A connection to " + platform + " account " + accountId + " exists already");
        }
    }

    /**
     * The location part of a connection's unique key: the id's own number (what follows the last '/' of
     * a GID such as {@code gid://shopify/Location/655441491}), or empty when the account is the store.
     * Also the scope of the connection's sync state (decision 0033).
     */
    public static String locationKey(String locationId) {
        if (locationId == null || locationId.isBlank()) {
            return "";
        }
        String id = locationId.strip();
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** Every connection, by platform and account. */
    public List<PosConnectionRow> list() {
        return query("SELECT " + COLUMNS + " FROM pos_connection ORDER BY platform, account_id", null);
    }

    public Optional<PosConnectionRow> find(long id) {
        return query("SELECT " + COLUMNS + " FROM pos_connection WHERE id = ?", id).stream().findFirst();
    }

    /** Inserts {@code row} (its id ignored) and returns it with the id it got. */
    public PosConnectionRow insert(PosConnectionRow row) {
        String sql = "INSERT INTO pos_connection (platform, environment, base_url, account_id, location_id,"
                + " credential_ref, webhook_secret_ref, enabled, notification_url, created_at, updated_at, updated_by,"
                + " location_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(insert, row);
            insert.setObject(10, utc(row.createdAt()));
            insert.setObject(11, utc(row.updatedAt()));
            insert.setString(12, row.updatedBy());
            insert.setString(13, locationKey(row.locationId()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return row.withId(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw failure(e, row, "Adding a POS connection");
        }
    }

    /** Replaces every column of row {@code row.id()} but its creation time; false when there is no such row. */
    public boolean update(PosConnectionRow row) {
        String sql = "UPDATE pos_connection SET platform = ?, environment = ?, base_url = ?, account_id = ?,"
                + " location_id = ?, credential_ref = ?, webhook_secret_ref = ?, enabled = ?, notification_url = ?,"
                + " updated_at = ?, updated_by = ?, location_key = ? WHERE id = ?";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, row);
            update.setObject(10, utc(row.updatedAt()));
            update.setString(11, row.updatedBy());
            update.setString(12, locationKey(row.locationId()));
            update.setLong(13, row.id());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure(e, row, "Changing a POS connection");
        }
    }

    public boolean delete(long id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM pos_connection WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "Removing a POS connection", e);
        }
    }

    private static void bind(PreparedStatement statement, PosConnectionRow row) throws SQLException {
        statement.setString(1, row.platform());
        statement.setString(2, row.environment());
        statement.setString(3, row.baseUrl());
        statement.setString(4, row.accountId());
        statement.setString(5, row.locationId());
        statement.setString(6, row.credentialRef());
        statement.setString(7, row.webhookSecretRef());
        statement.setBoolean(8, row.enabled());
        statement.setString(9, row.notificationUrl());
    }

    private List<PosConnectionRow> query(String sql, Long id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            }
            List<PosConnectionRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new PosConnectionRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                            row.getString(13), row.getBoolean(9), instant(row, 10), instant(row, 11),
                            row.getString(12)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "Reading POS connections", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static RuntimeException failure(SQLException e, PosConnectionRow row, String doing) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return new DuplicateAccount(row.platform(), row.accountId());
        }
        return new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE, doing, e);
    }
}
