package com.storedesk.ingest;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.testing.MovableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A fresh H2 file with an ingest service on it, a clock tests can move, and the signals it
 * published. Also reads tables back for comparisons.
 */
final class IngestFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    final MovableClock clock = new MovableClock(START);
    final Database db;
    final StoreDataChanges changes = new StoreDataChanges();
    final List<StoreDataChanged> signals = new ArrayList<>();
    final IngestService ingest;

    /** On a fresh H2 file under target/. */
    IngestFixture() {
        this(new DatabaseLocation.H2File(Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")));
    }

    IngestFixture(DatabaseLocation location) {
        db = Database.open(location, clock);
        changes.subscribe(signals::add);
        ingest = new IngestService(db, clock, changes);
    }

    /** Ingests, and checks the result accounts for every event exactly once. */
    IngestResult ingest(List<? extends RetailEvent> batch) {
        IngestResult result = ingest.ingest(batch);
        if (result.received() != batch.size() || result.received() != result.inserted() + result.updated()
                + result.unchanged() + result.rejections().size()) {
            throw new AssertionError("Events not accounted for: " + result);
        }
        return result;
    }

    /** Every row of every application table, as text, sorted: equal snapshots mean nothing was written. */
    Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet result = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    if (!result.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
                        names.add(result.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : names) {
                tables.put(table.toLowerCase(), rows(connection, "SELECT * FROM " + table));
            }
        }
        return tables;
    }

    List<String> rows(String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            return rows(connection, sql);
        }
    }

    long count(String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.append(c == 1 ? "" : "|").append(meta.getColumnLabel(c).toLowerCase()).append('=')
                            .append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    @Override
    public void close() {
        db.close();
    }
}
