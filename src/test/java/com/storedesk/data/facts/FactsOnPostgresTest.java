package com.storedesk.data.facts;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;

/**
 * The facts queries on a real PostgreSQL, each group in a fresh schema dropped afterwards. Skipped
 * when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class FactsOnPostgresTest {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");

    @Nested
    class CashierActivityOnPostgres extends CashierActivityFacts {

        private String schema;

        @Override
        Database openDatabase() {
            schema = createSchema();
            return openIn(schema);
        }

        @AfterAll
        void dropSchema() throws SQLException {
            drop(schema);
        }
    }

    @Nested
    class StoreDayOnPostgres extends StoreDayFacts {

        private String schema;

        @Override
        Database openDatabase() {
            schema = createSchema();
            return openIn(schema);
        }

        @AfterAll
        void dropSchema() throws SQLException {
            drop(schema);
        }
    }

    private static String createSchema() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        String schema = "storedesk_facts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test schema on " + URL, e);
        }
        return schema;
    }

    private static Database openIn(String schema) {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(new DatabaseLocation.Jdbc(url, USER, PASSWORD),
                Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC));
    }

    private static void drop(String schema) throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
