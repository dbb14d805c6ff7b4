package com.storedesk.assist.prompt;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;

/**
 * The prompt versions' tests on a real PostgreSQL (V11 there), each in a fresh schema dropped
 * afterwards. Skipped when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class PromptsOnPostgresTest {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");
    private static final List<String> SCHEMAS = new ArrayList<>();

    @Nested
    class PromptServiceOnPostgres extends PromptServiceTest {

        @Override
        Database openDatabase() {
            return freshSchema();
        }
    }

    private static Database freshSchema() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        String schema = "storedesk_prompts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(new DatabaseLocation.Jdbc(url, USER, PASSWORD), PromptServiceTest.CLOCK);
    }

    @AfterAll
    static void dropSchemas() {
        synchronized (SCHEMAS) {
            SCHEMAS.forEach(schema -> execute("DROP SCHEMA " + schema + " CASCADE"));
            SCHEMAS.clear();
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + " on " + URL, e);
        }
    }
}
