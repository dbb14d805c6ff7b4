package com.storedesk.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and writes {@code app_user} and its store scope in plain JDBC. Usernames arrive here
 * already lower-cased; the unique constraint then keeps them unique whatever their case.
 */
public final class UserRepository {

    private static final String COLUMNS = "id, username, display_name, role, secret_hash, secret_kind, all_stores, "
            + "failed_attempts, locked_until, disabled";

    private final Database db;
    private final Clock clock;

    public UserRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a new user is made of; the id and bookkeeping come from the database. */
    public record NewUser(String username, String displayName, String role, String secretHash, String secretKind,
            boolean allStores, Set<Long> storeIds) {
    }

    public Optional<UserRow> find(String username) {
        return db.read(session -> session.doReturningWork(connection ->
                select(connection, "WHERE username = ?", q -> q.setString(1, username)).stream().findFirst()));
    }

    /** Every user, by username. */
    public List<UserRow> list() {
        return db.read(session -> session.doReturningWork(connection -> select(connection, "ORDER BY username", q -> { })));
    }

    /** The enabled users with {@code role} whose scope names {@code storeId}, by display name. */
    public List<UserRow> inStore(long storeId, String role) {
        return db.read(session -> session.doReturningWork(connection -> select(connection,
                "WHERE role = ? AND disabled = FALSE AND id IN "
                        + "(SELECT user_id FROM app_user_store WHERE store_id = ?) ORDER BY display_name",
                q -> {
                    q.setString(1, role);
                    q.setLong(2, storeId);
                })));
    }

    /** Whether an enabled user with {@code role} exists. */
    public boolean anyEnabled(String role) {
        return db.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM app_user WHERE role = ? AND disabled = FALSE")) {
                query.setString(1, role);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) > 0;
                }
            }
        }));
    }

    /**
     * Inserts {@code user} in one transaction with its scope, unless {@code refuse} says no on the users
     * already there (checked inside the same transaction). Returns the new row, or empty when refused.
     */
    public Optional<UserRow> insertUnless(NewUser user, Predicate<List<UserRow>> refuse) {
        return db.write(session -> session.doReturningWork(connection -> {
            if (refuse.test(select(connection, "ORDER BY username", q -> { }))) {
                return Optional.empty();
            }
            long id = insert(connection, user);
            writeStores(connection, id, user.storeIds());
            return select(connection, "WHERE id = ?", q -> q.setLong(1, id)).stream().findFirst();
        }));
    }

    public Optional<UserRow> insert(NewUser user) {
        return insertUnless(user, existing -> false);
    }

    /** A failed sign-in: the new count and, when it reached the limit, the lock's end. */
    public void recordFailure(long id, int failedAttempts, Optional<Instant> lockedUntil) {
        update(id, "failed_attempts = ?, locked_until = ?", statement -> {
            statement.setInt(1, failedAttempts);
            if (lockedUntil.isPresent()) {
                statement.setObject(2, timestamp(lockedUntil.get()));
            } else {
                statement.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            }
        });
    }

    /** A successful sign-in or an administrator's unlock: the count starts over. */
    public void clearFailures(long id) {
        update(id, "failed_attempts = 0, locked_until = NULL", statement -> { });
    }

    public void setSecret(long id, String secretHash, String secretKind) {
        update(id, "secret_hash = ?, secret_kind = ?, failed_attempts = 0, locked_until = NULL", statement -> {
            statement.setString(1, secretHash);
            statement.setString(2, secretKind);
        });
    }

    public void setDisabled(long id, boolean disabled) {
        update(id, "disabled = ?", statement -> statement.setBoolean(1, disabled));
    }

    /** Replaces the user's scope. */
    public void setStores(long id, boolean allStores, Set<Long> storeIds) {
        db.writeVoid(session -> session.doWork(connection -> {
            execute(connection, "UPDATE app_user SET all_stores = ?, updated_at = ? WHERE id = ?", statement -> {
                statement.setBoolean(1, allStores);
                statement.setObject(2, timestamp(clock.instant()));
                statement.setLong(3, id);
            });
            execute(connection, "DELETE FROM app_user_store WHERE user_id = ?", statement -> statement.setLong(1, id));
            writeStores(connection, id, storeIds);
        }));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(long id, String assignments, Binder binder) {
        db.writeVoid(session -> session.doWork(connection -> {
            int parameters = (int) assignments.chars().filter(c -> c == '?').count();
            execute(connection, "UPDATE app_user SET " + assignments + ", updated_at = ? WHERE id = ?", statement -> {
                binder.bind(statement);
                statement.setObject(parameters + 1, timestamp(clock.instant()));
                statement.setLong(parameters + 2, id);
            });
        }));
    }

    private static void execute(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        }
    }

    private long insert(Connection connection, NewUser user) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO app_user (username, display_name, role, secret_hash, secret_kind, all_stores,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            OffsetDateTime now = timestamp(clock.instant());
            statement.setString(1, user.username());
            statement.setString(2, user.displayName());
            statement.setString(3, user.role());
            statement.setString(4, user.secretHash());
            statement.setString(5, user.secretKind());
            statement.setBoolean(6, user.allStores());
            statement.setObject(7, now);
            statement.setObject(8, now);
            statement.executeUpdate();
            try (ResultSet generated = statement.getGeneratedKeys()) {
                generated.next();
                return generated.getLong(1);
            }
        }
    }

    private static void writeStores(Connection connection, long userId, Set<Long> storeIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO app_user_store (user_id, store_id) VALUES (?, ?)")) {
            for (long storeId : storeIds) {
                statement.setLong(1, userId);
                statement.setLong(2, storeId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** {@code parameters} binds the {@code ?} in {@code where}. */
    private static List<UserRow> select(Connection connection, String where, Binder parameters) throws SQLException {
        Map<Long, Set<Long>> stores = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT user_id, store_id FROM app_user_store");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                stores.computeIfAbsent(rows.getLong(1), id -> new HashSet<>()).add(rows.getLong(2));
            }
        }
        List<UserRow> users = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM app_user " + where)) {
            parameters.bind(query);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    OffsetDateTime locked = rows.getObject(9, OffsetDateTime.class);
                    users.add(new UserRow(id, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getBoolean(7), stores.getOrDefault(id, Set.of()),
                            rows.getInt(8), Optional.ofNullable(locked).map(OffsetDateTime::toInstant),
                            rows.getBoolean(10)));
                }
            }
        }
        return users;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
