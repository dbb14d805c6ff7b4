package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.entity.Store;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void freshFileMigratesToTheLatestVersionAndReopensWithoutMigratingAgain() throws Exception {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        assertThat(location.file()).doesNotExist();

        long storeId;
        int historyRows;
        try (Database db = Database.open(location)) {
            assertThat(location.file()).exists();
            assertThat(db.schemaVersion()).isEqualTo(LatestSchema.VERSION);
            historyRows = historyRows(db);
            assertThat(appliedVersions(db)).isEqualTo(expectedVersions());
            storeId = db.write(session -> {
                Store store = new Store("demo", "loc-1", "S1", "First", ZoneId.of("Europe/Paris"),
                        Currency.getInstance("EUR"));
                session.persist(store);
                return store.getId();
            });
        }

        try (Database db = Database.open(location)) {
            assertThat(db.schemaVersion()).isEqualTo(LatestSchema.VERSION);
            assertThat(historyRows(db)).isEqualTo(historyRows);
            Store store = db.read(session -> session.get(Store.class, storeId));
            assertThat(store.getName()).isEqualTo("First");
            assertThat(store.getTimeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        }
    }

    @Test
    void h2FileCanBeOpenedWithH2sDefaultAdministrator() throws Exception {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        Database.open(location).close();
        try (Connection connection = java.sql.DriverManager.getConnection(location.jdbcUrl(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(39); // 18 retail tables, the seven planogram tables, ingest_error, the two user tables, audit_log, the two action tables, connector_ledger, pos_connection, webhook_event, prompt_template, the two count tables, count_tolerance and Flyway's history
        }
    }

    /** Each index costs every insert twice (write and commit); two with the same columns is pure cost. */
    @Test
    void noTableHasTwoIndexesOnTheSameColumns() throws Exception {
        try (Database db = TestDatabases.openFresh();
                Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME"
                        + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                        + " ON c.TABLE_SCHEMA = i.TABLE_SCHEMA AND c.TABLE_NAME = i.TABLE_NAME"
                        + " AND c.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_SCHEMA = 'PUBLIC'"
                        + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION")) {
            java.util.Map<String, String> columnsByIndex = new java.util.LinkedHashMap<>();
            while (rows.next()) {
                columnsByIndex.merge(rows.getString(1) + " " + rows.getString(2), rows.getString(3),
                        (a, b) -> a + "," + b);
            }
            java.util.Map<String, java.util.List<String>> indexesByColumns = new java.util.TreeMap<>();
            columnsByIndex.forEach((index, columns) -> indexesByColumns
                    .computeIfAbsent(index.substring(0, index.indexOf(' ')) + "(" + columns + ")",
                            key -> new java.util.ArrayList<>())
                    .add(index));
            assertThat(columnsByIndex).hasSizeGreaterThan(40);
            assertThat(indexesByColumns.values()).allSatisfy(indexes -> assertThat(indexes).hasSize(1));
        }
    }

    @Test
    void closeIsIdempotent() {
        Database db = TestDatabases.openFresh();
        db.close();
        db.close();
    }

    private static String appliedVersions(Database db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL")) {
            StringBuilder versions = new StringBuilder();
            while (rows.next()) {
                versions.append(versions.length() == 0 ? "" : ",").append(rows.getString(1));
            }
            return versions.toString();
        }
    }

    /**
     * Every migration this build has, in version order, as Flyway lists them. Read from the folder
     * rather than counted from 1: versions may have gaps while migrations are written in parallel.
     */
    private static String expectedVersions() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of(MigrationTest.class.getResource("/db/migration").toURI());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            java.util.List<Integer> versions = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).sorted().toList();
            assertThat(versions).last().hasToString(LatestSchema.VERSION);
            return versions.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(","));
        }
    }

    static int historyRows(Database db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
