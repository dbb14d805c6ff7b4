package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class CompactOnCloseTest {

    @Test
    void aDatabaseAskedToCompactGivesBackTheSpaceALargeLoadFreed() throws Exception {
        long plain = sizeAfterLoadAndDrop(false);
        long compacted = sizeAfterLoadAndDrop(true);

        assertThat(compacted).isLessThan(plain / 2);
    }

    @Test
    void compactingKeepsTheData() throws Exception {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        try (Database database = Database.open(location)) {
            execute(database, "CREATE TABLE scratch (id INT PRIMARY KEY, payload VARCHAR(1000))");
            insertRows(database, 200);
            database.compactOnClose();
        }
        try (Database database = Database.open(location);
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*), SUM(LENGTH(payload)) FROM scratch")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(200);
            assertThat(rows.getLong(2)).isEqualTo(200L * 1000);
        }
    }

    /** Loads about 20 MB, drops it, and closes: the file's size then is what the load left behind. */
    private static long sizeAfterLoadAndDrop(boolean compact) throws Exception {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        try (Database database = Database.open(location)) {
            execute(database, "CREATE TABLE scratch (id INT PRIMARY KEY, payload VARCHAR(1000))");
            insertRows(database, 20_000);
            execute(database, "DROP TABLE scratch");
            if (compact) {
                database.compactOnClose();
            }
        }
        return Files.size(location.file());
    }

    private static void insertRows(Database database, int count) throws SQLException {
        String payload = "x".repeat(999);
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO scratch VALUES (?, ?)")) {
            for (int id = 0; id < count; id++) {
                insert.setInt(1, id);
                insert.setString(2, payload + id % 10);
                insert.addBatch();
                if (id % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
