package com.storedesk.testing;

import com.storedesk.data.DatabaseLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Throw-away schemas on the PostgreSQL that {@code STOREDESK_TEST_PG_URL} names (CI starts one, see
 * .ci/postgres.sh), one per test or group, dropped by {@link #dropAll()}. Without a server the test
 * asking for a schema is skipped, never faked. One instance per test class, so classes never drop
 * each other's schemas.
 */
public final class PostgresSchemas {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");

    private final String prefix;
    private final List<String> created = new ArrayList<>();

    /** @param prefix names the schemas, such as {@code storedesk_actions} */
    public PostgresSchemas(String prefix) {
        this.prefix = prefix;
    }

    /** A new, empty schema to open a database in; skips the calling test when no server is configured. */
    public synchronized DatabaseLocation.Jdbc fresh() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        created.add(schema);
        return new DatabaseLocation.Jdbc(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER,
                PASSWORD);
    }

    public synchronized void dropAll() {
        created.forEach(schema -> execute("DROP SCHEMA " + schema + " CASCADE"));
        created.clear();
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
