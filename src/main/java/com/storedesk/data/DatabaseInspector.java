package com.storedesk.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reports the schema version and the row count of every application table. */
public final class DatabaseInspector {

    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final Database db;

    public DatabaseInspector(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Counts every row of every table: fast on H2, a full scan per table on PostgreSQL. */
    public DatabaseInfo info() {
        return db.read(session -> session.doReturningWork(connection ->
                new DatabaseInfo(db.location().describe(), SchemaVersion.current(connection), countRows(connection))));
    }

    private static List<TableRowCount> countRows(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString().strip();
        List<TableRowCount> counts = new ArrayList<>();
        for (String table : applicationTables(connection, meta)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote + table + quote)) {
                rows.next();
                counts.add(new TableRowCount(table.toLowerCase(Locale.ROOT), rows.getLong(1)));
            }
        }
        counts.sort(Comparator.comparing(TableRowCount::table));
        return counts;
    }

    /** Tables of the connection's current schema, as the database spells them (H2 upper-cases, PostgreSQL not). */
    private static List<String> applicationTables(Connection connection, DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = meta.getTables(connection.getCatalog(), likePattern(connection.getSchema(), meta),
                "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME");
                if (!FLYWAY_HISTORY.equalsIgnoreCase(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** getTables takes LIKE patterns; a schema named sd_1 must not also match sdX1. */
    private static String likePattern(String name, DatabaseMetaData meta) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = meta.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
