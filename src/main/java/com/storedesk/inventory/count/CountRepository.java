package com.storedesk.inventory.count;

import com.storedesk.data.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code count_session} and {@code count_line} tables. Every change is its own committed
 * statement, so what was counted before a crash is there after it.
 */
final class CountRepository {

    private static final String SESSION_COLUMNS = "id, store_id, location, started_by, started_at, finished_at";
    private static final String LINE_COLUMNS = "l.id, l.code, l.product_id, p.sku, p.name, l.quantity, l.expected,"
            + " l.over_tolerance, l.action_id";
    private static final String LINES = "SELECT " + LINE_COLUMNS
            + " FROM count_line l LEFT JOIN product p ON p.id = l.product_id WHERE l.session_id = ?";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    CountRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    long insertSession(long storeId, String location, String startedBy, Instant at) {
        return write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO count_session (store_id,"
                    + " location, started_by, started_at, status) VALUES (?, ?, ?, ?, 'OPEN')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, storeId);
                insert.setString(2, location);
                insert.setString(3, startedBy);
                insert.setObject(4, utc(at));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    Optional<CountSession> session(long id) {
        return sessions("SELECT " + SESSION_COLUMNS + " FROM count_session WHERE id = " + id).stream().findFirst();
    }

    /** The unfinished counts of the stores given (null: every store), oldest first. */
    List<CountSession> openSessions(Set<Long> stores) {
        String where = stores == null ? "" : stores.isEmpty() ? " AND 1 = 0"
                : " AND store_id IN (" + stores.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return sessions("SELECT " + SESSION_COLUMNS + " FROM count_session WHERE status = 'OPEN'" + where
                + " ORDER BY started_at, id");
    }

    List<CountLine> lines(long sessionId) {
        return write(connection -> lines(connection, LINES + " ORDER BY l.id", sessionId));
    }

    Optional<CountLine> line(long sessionId, String key) {
        return write(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LINES + " AND l.line_key = ?")) {
                select.setLong(1, sessionId);
                select.setString(2, key);
                return read(select).stream().findFirst();
            }
        });
    }

    /**
     * Adds {@code quantity} to the line with {@code key} (when {@code add}) or sets it to
     * {@code quantity}, creating the line when it is the first of its kind.
     */
    CountLine put(long sessionId, String key, String code, Long productId, BigDecimal quantity, boolean add,
            Instant at) {
        for (int attempt = 0; ; attempt++) {
            if (update(sessionId, key, quantity, add, at) || insert(sessionId, key, code, productId, quantity, at)) {
                return line(sessionId, key).orElseThrow();
            }
            if (attempt > 0) {
                throw new IllegalStateException("Count line " + key + " neither updated nor inserted");
            }
        }
    }

    boolean setQuantity(long sessionId, long lineId, BigDecimal quantity, Instant at) {
        return write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE count_line SET quantity = ?, updated_at = ? WHERE id = ? AND session_id = ?")) {
                update.setBigDecimal(1, quantity);
                update.setObject(2, utc(at));
                update.setLong(3, lineId);
                update.setLong(4, sessionId);
                return update.executeUpdate() == 1;
            }
        });
    }

    boolean remove(long sessionId, long lineId) {
        return write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM count_line WHERE id = ? AND session_id = ?")) {
                delete.setLong(1, lineId);
                delete.setLong(2, sessionId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** What finishing found for one line. */
    void recordOutcome(long lineId, BigDecimal expected, boolean overTolerance, Long actionId) {
        write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE count_line SET expected = ?, over_tolerance = ?, action_id = ? WHERE id = ?")) {
                update.setBigDecimal(1, expected);
                update.setBoolean(2, overTolerance);
                if (actionId == null) {
                    update.setNull(3, Types.BIGINT);
                } else {
                    update.setLong(3, actionId);
                }
                update.setLong(4, lineId);
                return update.executeUpdate();
            }
        });
    }

    /** Marks an open count finished; false when it was finished already. */
    boolean finish(long sessionId, String finishedBy, Instant at, CountTolerance tolerance) {
        return write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE count_session SET status = 'FINISHED',"
                    + " finished_by = ?, finished_at = ?, tolerance_units = ?, tolerance_percent = ?"
                    + " WHERE id = ? AND status = 'OPEN'")) {
                update.setString(1, finishedBy);
                update.setObject(2, utc(at));
                update.setBigDecimal(3, tolerance.units());
                update.setBigDecimal(4, tolerance.percent());
                update.setLong(5, sessionId);
                return update.executeUpdate() == 1;
            }
        });
    }

    private boolean update(long sessionId, String key, BigDecimal quantity, boolean add, Instant at) {
        return write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE count_line SET quantity = "
                    + (add ? "quantity + ?" : "?") + ", updated_at = ? WHERE session_id = ? AND line_key = ?")) {
                update.setBigDecimal(1, quantity);
                update.setObject(2, utc(at));
                update.setLong(3, sessionId);
                update.setString(4, key);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Inserts a new line; false when another writer inserted the same one first. */
    private boolean insert(long sessionId, String key, String code, Long productId, BigDecimal quantity, Instant at) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO count_line (session_id, line_key,"
                        + " code, product_id, quantity, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sessionId);
            insert.setString(2, key);
            insert.setString(3, code);
            if (productId == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, productId);
            }
            insert.setBigDecimal(5, quantity);
            insert.setObject(6, utc(at));
            insert.setObject(7, utc(at));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new CountStorageException("Adding a count line", e);
        }
    }

    private List<CountSession> sessions(String sql) {
        return write(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                List<CountSession> sessions = new ArrayList<>();
                while (row.next()) {
                    sessions.add(new CountSession(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            instant(row, 5), instant(row, 6)));
                }
                return sessions;
            }
        });
    }

    private static List<CountLine> lines(Connection connection, String sql, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, sessionId);
            return read(select);
        }
    }

    private static List<CountLine> read(PreparedStatement select) throws SQLException {
        List<CountLine> lines = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long product = row.getLong(3);
                Long productId = row.wasNull() ? null : product;
                boolean over = row.getBoolean(8);
                Boolean overTolerance = row.wasNull() ? null : over;
                long action = row.getLong(9);
                Long actionId = row.wasNull() ? null : action;
                lines.add(new CountLine(row.getLong(1), row.getString(2), productId, row.getString(4),
                        row.getString(5), row.getBigDecimal(6), row.getBigDecimal(7), overTolerance, actionId));
            }
        }
        return lines;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private <T> T write(CountCatalog.SqlWork<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new CountStorageException("Reading or writing a count", e);
        }
    }
}
