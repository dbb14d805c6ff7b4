package com.storedesk.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Reads the schema version from Flyway's history table directly: asking Flyway itself costs a
 * round of metadata queries and a log line per call, and the Home screen asks often.
 */
final class SchemaVersion {

    /** Flyway creates its table and columns with quoted lower-case names on H2 and PostgreSQL alike. */
    private static final String APPLIED_VERSIONS = "SELECT \"version\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL";

    private SchemaVersion() {
    }

    /** The highest successfully applied version, as Flyway compares versions (1.10 after 1.9), or "". */
    static String current(Connection connection) throws SQLException {
        MigrationVersion highest = null;
        try (Statement statement = connection.createStatement();
                ResultSet versions = statement.executeQuery(APPLIED_VERSIONS)) {
            while (versions.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
                if (highest == null || version.isNewerThan(highest)) {
                    highest = version;
                }
            }
        }
        return highest == null ? "" : highest.getVersion();
    }
}
