package com.storedesk.data.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * A query over many keys as {@code IN (...)} lists. Lists are cut into chunks and padded (by
 * repeating the last key) to a few fixed lengths, so the database sees a handful of statement
 * shapes instead of one per batch size, and no list exceeds a driver's parameter limit.
 *
 * <p>Two-column keys such as (source, external id) are joined from a {@code VALUES} list:
 * H2 and PostgreSQL both answer that with one look-up in the unique index per key. The obvious
 * alternatives are each slow on one of them: for {@code source = ? AND external_id IN (...)} H2
 * reads every row of the source, which grows with the history, and PostgreSQL plans a row-value
 * {@code IN} list as hundreds of OR-ed index scans.
 */
final class InQuery {

    private static final int[] SIZES = {1, 4, 16, 64, 256, 512};
    static final int MAX_KEYS = SIZES[SIZES.length - 1];

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private InQuery() {
    }

    /** Runs {@code sql}, whose one {@code %s} stands for the list of placeholders, once per chunk of {@code keys}. */
    static void forEach(Connection connection, String sql, Collection<?> keys, RowReader reader) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        List<?> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += MAX_KEYS) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + MAX_KEYS));
            int size = paddedSize(chunk.size());
            try (PreparedStatement statement = connection.prepareStatement(String.format(sql, placeholders(size)))) {
                for (int i = 0; i < size; i++) {
                    statement.setObject(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
    }

    /**
     * Reads {@code columns} of the rows of {@code table} whose (source, external_id) is one of
     * {@code keys}. Padding repeats a key, so a row may be read twice: readers must not mind.
     */
    static void forEachKey(Connection connection, String table, String columns, Collection<SourceKey> keys,
            RowReader reader) throws SQLException {
        forEachPair(connection, table, "source", "external_id", columns,
                keys.stream().map(key -> List.of(key.source(), key.externalId())).toList(), reader);
    }

    /** Like {@link #forEachKey} for any two-column key, e.g. (store_id, product_id). */
    static void forEachPair(Connection connection, String table, String first, String second, String columns,
            Collection<? extends List<?>> pairs, RowReader reader) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        String sql = "SELECT " + columns + " FROM (VALUES %s) AS k (key_1, key_2) JOIN " + table + " t ON t." + first
                + " = k.key_1 AND t." + second + " = k.key_2";
        List<? extends List<?>> all = List.copyOf(pairs);
        for (int from = 0; from < all.size(); from += MAX_KEYS) {
            List<? extends List<?>> chunk = all.subList(from, Math.min(all.size(), from + MAX_KEYS));
            int size = paddedSize(chunk.size());
            StringJoiner list = new StringJoiner(", ");
            for (int i = 0; i < size; i++) {
                list.add("(?, ?)");
            }
            try (PreparedStatement statement = connection.prepareStatement(String.format(sql, list))) {
                for (int i = 0; i < size; i++) {
                    List<?> pair = chunk.get(Math.min(i, chunk.size() - 1));
                    statement.setObject(2 * i + 1, pair.get(0));
                    statement.setObject(2 * i + 2, pair.get(1));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
    }

    static int paddedSize(int count) {
        for (int size : SIZES) {
            if (count <= size) {
                return size;
            }
        }
        throw new IllegalArgumentException("More than " + MAX_KEYS + " keys in one list: " + count);
    }

    private static String placeholders(int count) {
        StringJoiner list = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            list.add("?");
        }
        return list.toString();
    }
}
