package com.storedesk.audit;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** A fresh database with a trail on it, and raw SQL for tests that tamper with it. */
final class AuditDatabase implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-23T15:30:00.123456789Z");

    final Database database;
    final DatabaseAuditTrail trail;
    final AuditVerifier verifier;
    final AuditQuery query;

    private AuditDatabase(Database database, Clock clock) {
        this.database = database;
        this.trail = new DatabaseAuditTrail(database, clock);
        this.verifier = new AuditVerifier(database);
        this.query = new AuditQuery(database);
    }

    static AuditDatabase open(Clock clock) {
        Path file = Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk");
        return open(new DatabaseLocation.H2File(file), clock);
    }

    static AuditDatabase open(DatabaseLocation location, Clock clock) {
        return new AuditDatabase(Database.open(location, clock), clock);
    }

    static AuditDatabase open() {
        return open(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Appends {@code count} sign-ins by ann, bob, ann... with a detail naming each. */
    AuditDatabase withSignIns(int count) {
        for (int i = 1; i <= count; i++) {
            trail.record(new AuditEvent(i % 2 == 1 ? "ann" : "bob", AuditAction.SIGN_IN, 1L, "kiosk-" + i,
                    Map.of("n", Integer.toString(i))));
        }
        return this;
    }

    int execute(String sql) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
