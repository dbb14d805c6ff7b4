package com.storedesk.data.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Upserts the rows of one table keyed by (source, external_id): looks the keys up with one query per
 * source, batch-inserts the new ones, batch-updates those whose values changed and leaves the rest
 * alone, so a replay writes nothing (not even {@code updated_at}).
 */
final class SourcedRows {

    /** Whether the stored row should take the incoming values. */
    @FunctionalInterface
    interface Replace {
        boolean test(Object[] stored, Object[] incoming);
    }

    /**
     * Per input row, in input order: what happened, its id, and (for updated rows) the values it had.
     */
    record Result(RowOutcome[] outcomes, long[] ids, Object[][] previous) {
    }

    private record Stored(long id, Object[] values) {
    }

    private final String table;
    private final List<Column> columns;
    private final boolean rowTimestamps;
    private final String selected;
    private final String insert;
    private final String update;

    /**
     * @param rowTimestamps whether the table has created_at / updated_at for ingest to fill
     */
    SourcedRows(String table, boolean rowTimestamps, List<Column> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.rowTimestamps = rowTimestamps;
        StringJoiner names = new StringJoiner(", ");
        StringJoiner assignments = new StringJoiner(", ");
        columns.forEach(column -> {
            names.add(column.name());
            assignments.add(column.name() + " = ?");
        });
        this.selected = "source, external_id, id, " + names;
        int values = columns.size() + 2 + (rowTimestamps ? 2 : 0);
        this.insert = "INSERT INTO " + table + " (source, external_id, " + names
                + (rowTimestamps ? ", created_at, updated_at" : "") + ") VALUES (" + "?, ".repeat(values - 1) + "?)";
        this.update = "UPDATE " + table + " SET " + assignments + (rowTimestamps ? ", updated_at = ?" : "")
                + " WHERE id = ?";
    }

    String table() {
        return table;
    }

    /** Upserts, replacing stored rows whose values differ from the incoming ones. */
    Result upsert(IngestTransaction transaction, List<SourceKey> keys, List<Object[]> values) throws SQLException {
        return upsert(transaction, keys, values, this::differs);
    }

    /**
     * @param keys distinct keys, one per row
     * @param values one array per key, in the order of the columns
     */
    Result upsert(IngestTransaction transaction, List<SourceKey> keys, List<Object[]> values, Replace replace)
            throws SQLException {
        Map<SourceKey, Stored> stored = load(transaction.connection(), keys);
        int count = keys.size();
        RowOutcome[] outcomes = new RowOutcome[count];
        long[] ids = new long[count];
        Object[][] previous = new Object[count][];
        List<Integer> inserts = new ArrayList<>();
        List<Integer> updates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Stored row = stored.get(keys.get(i));
            if (row == null) {
                outcomes[i] = RowOutcome.INSERTED;
                inserts.add(i);
            } else {
                ids[i] = row.id();
                if (replace.test(row.values(), values.get(i))) {
                    outcomes[i] = RowOutcome.UPDATED;
                    previous[i] = row.values();
                    updates.add(i);
                } else {
                    outcomes[i] = RowOutcome.UNCHANGED;
                }
            }
        }
        insert(transaction, keys, values, inserts, ids);
        update(transaction, values, updates, ids);
        return new Result(outcomes, ids, previous);
    }

    private boolean differs(Object[] stored, Object[] incoming) {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).type().same(stored[c], incoming[c])) {
                return true;
            }
        }
        return false;
    }

    private Map<SourceKey, Stored> load(Connection connection, List<SourceKey> keys) throws SQLException {
        Map<SourceKey, Stored> stored = new HashMap<>();
        InQuery.forEachKey(connection, table, selected, keys, row -> {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = columns.get(c).type().read(row, c + 4);
            }
            stored.put(new SourceKey(row.getString(1), row.getString(2)), new Stored(row.getLong(3), values));
        });
        return stored;
    }

    private void insert(IngestTransaction transaction, List<SourceKey> keys, List<Object[]> values,
            List<Integer> rows, long[] ids) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = transaction.connection().prepareStatement(insert, new String[] {"id"})) {
            for (int i : rows) {
                statement.setString(1, keys.get(i).source());
                statement.setString(2, keys.get(i).externalId());
                int index = bind(statement, 3, values.get(i));
                if (rowTimestamps) {
                    ColumnType.INSTANT.bind(statement, index++, transaction.now());
                    ColumnType.INSTANT.bind(statement, index, transaction.now());
                }
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet generated = statement.getGeneratedKeys()) {
                for (int i : rows) {
                    if (!generated.next()) {
                        throw new SQLException("The driver returned fewer generated keys than rows inserted into "
                                + table);
                    }
                    ids[i] = generated.getLong(1);
                }
            }
        }
    }

    private void update(IngestTransaction transaction, List<Object[]> values, List<Integer> rows, long[] ids)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = transaction.connection().prepareStatement(update)) {
            for (int i : rows) {
                int index = bind(statement, 1, values.get(i));
                if (rowTimestamps) {
                    ColumnType.INSTANT.bind(statement, index++, transaction.now());
                }
                statement.setLong(index, ids[i]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private int bind(PreparedStatement statement, int first, Object[] values) throws SQLException {
        int index = first;
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).type().bind(statement, index++, values[c]);
        }
        return index;
    }

    /** The position of a column in the value arrays. */
    int indexOf(String column) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException(table + " has no column " + column + " here");
    }
}
