package com.storedesk.audit;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Finds entries of the trail by user, store, action and time, for the audit screen and the CLI. Read only. */
public final class AuditQuery {

    private static final int FETCH_SIZE = 1000;

    private final Database database;

    public AuditQuery(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** A page of matching entries, newest (highest sequence) first. */
    public List<AuditEntry> newest(AuditFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        List<AuditEntry> entries = new ArrayList<>();
        run("SELECT " + AuditRows.COLUMNS + " FROM audit_log" + where.sql
                + " ORDER BY seq DESC OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(0, limit)
                + " ROWS ONLY", where.parameters, entries::add);
        return entries;
    }

    /** How many entries match. */
    public long count(AuditFilter filter) {
        Where where = Where.of(filter);
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = prepare(connection, "SELECT COUNT(*) FROM audit_log" + where.sql,
                        where.parameters);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AuditStorageException("Could not read the audit trail", e);
        }
    }

    /**
     * When each actor last did {@code action}, by actor: the users screen's "last sign-in" comes from the
     * trail, which already records every sign-in, rather than from a second copy kept on the account.
     */
    public Map<String, Instant> latestByActor(AuditAction action) {
        Map<String, Instant> latest = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = prepare(connection,
                        "SELECT actor, MAX(occurred_at) FROM audit_log WHERE action = ? GROUP BY actor",
                        List.of(action.name()));
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                latest.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw new AuditStorageException("Could not read the audit trail", e);
        }
        return latest;
    }

    /** Every matching entry in chain order (oldest first), streamed: for exports of any size. */
    public void forEachInOrder(AuditFilter filter, Consumer<AuditEntry> action) {
        Where where = Where.of(filter);
        run("SELECT " + AuditRows.COLUMNS + " FROM audit_log" + where.sql + " ORDER BY seq", where.parameters,
                action);
    }

    private void run(String sql, List<Object> parameters, Consumer<AuditEntry> action) {
        try (Connection connection = database.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams by fetch size only inside a transaction
            try (PreparedStatement query = prepare(connection, sql, parameters)) {
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        action.accept(AuditRows.read(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("Could not read the audit trail", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** The WHERE clause of a filter with its parameters, in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(AuditFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (filter.actor() != null) {
                conditions.add("LOWER(actor) LIKE ? ESCAPE '!'");
                parameters.add("%" + likeEscaped(filter.actor().toLowerCase(Locale.ROOT)) + "%");
            }
            if (filter.storeId() != null) {
                conditions.add("store_id = ?");
                parameters.add(filter.storeId());
            }
            if (!filter.actions().isEmpty()) {
                conditions.add("action IN (" + String.join(", ", filter.actions().stream().map(a -> "?").toList()) + ")");
                filter.actions().stream().map(Enum::name).sorted().forEach(parameters::add);
            }
            if (filter.from() != null) {
                conditions.add("occurred_at >= ?");
                parameters.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                conditions.add("occurred_at < ?");
                parameters.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        private static String likeEscaped(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
