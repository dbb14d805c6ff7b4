package com.storedesk.data.ingest;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a column's Java value is bound, read back and compared. Comparing as the database stores it
 * (instants to the microsecond, decimals by value) is what lets a replay find "nothing changed".
 */
enum ColumnType {
    TEXT(Types.VARCHAR),
    LONG(Types.BIGINT),
    INT(Types.INTEGER),
    BOOLEAN(Types.BOOLEAN),
    INSTANT(Types.TIMESTAMP_WITH_TIMEZONE),
    DATE(Types.DATE),
    DECIMAL(Types.NUMERIC);

    private final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case TEXT -> statement.setString(index, (String) value);
            case LONG -> statement.setLong(index, (Long) value);
            case INT -> statement.setInt(index, (Integer) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case INSTANT -> statement.setObject(index, timestamp((Instant) value));
            case DATE -> statement.setObject(index, value);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            default -> throw new IllegalStateException(name());
        }
    }

    Object read(ResultSet rows, int index) throws SQLException {
        Object value = switch (this) {
            case TEXT -> rows.getString(index);
            case LONG -> rows.getLong(index);
            case INT -> rows.getInt(index);
            case BOOLEAN -> rows.getBoolean(index);
            case INSTANT -> instant(rows, index);
            case DATE -> rows.getObject(index, LocalDate.class);
            case DECIMAL -> rows.getBigDecimal(index);
        };
        return rows.wasNull() ? null : value;
    }

    /** Whether {@code incoming} would store as {@code stored}. */
    boolean same(Object stored, Object incoming) {
        if (stored == null || incoming == null) {
            return stored == incoming;
        }
        return switch (this) {
            case INSTANT -> stored.equals(((Instant) incoming).truncatedTo(ChronoUnit.MICROS));
            case DECIMAL -> ((BigDecimal) stored).compareTo((BigDecimal) incoming) == 0;
            default -> Objects.equals(stored, incoming);
        };
    }

    /** TIMESTAMP WITH TIME ZONE as both H2 and PgJDBC take it: an OffsetDateTime, in UTC, to the microsecond. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int index) throws SQLException {
        OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
