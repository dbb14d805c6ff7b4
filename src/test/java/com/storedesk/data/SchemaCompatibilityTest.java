package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.DatabaseUnavailableException.Reason;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Databases this StoreDesk must refuse, and why. */
class SchemaCompatibilityTest {

    @Test
    void databaseMigratedByANewerStoreDeskIsRefusedUntouched() throws SQLException {
        DatabaseLocation.H2File location = migrated();
        long applied = count(location, "SELECT COUNT(*) FROM \"flyway_schema_history\"");
        execute(location, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'sa', 1, TRUE)");

        assertRefused(location, Reason.NEWER_SCHEMA, "error.database.newerSchema");
        assertThat(count(location, "SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(applied + 1);
    }

    @Test
    void editedMigrationFailsValidation() throws SQLException {
        DatabaseLocation.H2File location = migrated();
        execute(location, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");

        assertRefused(location, Reason.MIGRATION_FAILED, "error.database.migrationFailed");
    }

    @Test
    void schemaThatNoLongerMatchesTheEntitiesFailsHibernateValidation() throws SQLException {
        DatabaseLocation.H2File location = migrated();
        execute(location, "ALTER TABLE traffic_count DROP COLUMN sensor_id");

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MIGRATION_FAILED))
                .hasStackTraceContaining("sensor_id");
    }

    @Test
    void foreignNonEmptyDatabaseIsNotTakenOver() throws SQLException {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        execute(location, "CREATE TABLE invoices (id INT PRIMARY KEY)");

        assertRefused(location, Reason.MIGRATION_FAILED, "error.database.migrationFailed");
        assertThat(count(location, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .as("nothing was created beside the foreign table").isEqualTo(1);
    }

    private static void assertRefused(DatabaseLocation location, Reason reason, String messageKey) {
        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                    assertThat(e.detail()).isEqualTo(location.describe());
                });
    }

    private static DatabaseLocation.H2File migrated() {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        Database.open(location).close();
        return location;
    }

    private static void execute(DatabaseLocation.H2File location, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DatabaseLocation.H2File location, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
