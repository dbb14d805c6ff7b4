package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs read queries whose parameters are a store id and a window of business dates, in that order,
 * on a read-only connection from the pool.
 */
final class StoreWindowQuery {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Database database;

    StoreWindowQuery(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Runs {@code work} on one connection, so several reads of one refresh share it. */
    <T> T withConnection(Work<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            // The pool puts read-only back as it was when the connection returns.
            connection.setReadOnly(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new FactsReadException("Reading store facts", e);
        }
    }

    /** Binds (store id, first date, last date) and maps every row. */
    static <T> List<T> list(Connection connection, String sql, long storeId, LocalDate from, LocalDate to,
            RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, storeId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        }
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** A nullable BIGINT column. */
    static Long optionalLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static void requireWindow(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Window ends before it starts: " + from + " to " + to);
        }
    }
}
