package com.storedesk.data.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a transaction's {@link RollupDeltas}: a batched {@code UPDATE ... SET x = x + ?} for every
 * touched row, a batched INSERT for the rows the update did not find, and a DELETE of rows that a
 * take-back left empty. Portable, unlike MERGE ... KEY (H2) or ON CONFLICT (PostgreSQL); ingest
 * runs one writer at a time, so nothing inserts the same row between the update and the insert.
 */
final class RollupWrites {

    private static final String UPDATE_HOUR = "UPDATE sales_by_store_hour SET transactions = transactions + ?,"
            + " units = units + ?, gross_minor = gross_minor + ?, discount_minor = discount_minor + ?,"
            + " refund_minor = refund_minor + ?, net_minor = net_minor + ?, cost_minor = cost_minor + ?"
            + " WHERE store_id = ? AND hour_start = ?";
    private static final String INSERT_HOUR = "INSERT INTO sales_by_store_hour (transactions, units, gross_minor,"
            + " discount_minor, refund_minor, net_minor, cost_minor, store_id, hour_start, business_date, currency)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_EMPTY_HOUR = "DELETE FROM sales_by_store_hour WHERE store_id = ?"
            + " AND hour_start = ? AND transactions = 0 AND units = 0 AND gross_minor = 0 AND discount_minor = 0"
            + " AND refund_minor = 0 AND cost_minor = 0";

    private static final String UPDATE_DAY = "UPDATE sales_by_sku_day SET transactions = transactions + ?,"
            + " units = units + ?, net_minor = net_minor + ?, discount_minor = discount_minor + ?,"
            + " cost_minor = cost_minor + ? WHERE store_id = ? AND product_id = ? AND business_date = ?";
    private static final String INSERT_DAY = "INSERT INTO sales_by_sku_day (transactions, units, net_minor,"
            + " discount_minor, cost_minor, store_id, product_id, business_date, currency)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_EMPTY_DAY = "DELETE FROM sales_by_sku_day WHERE store_id = ?"
            + " AND product_id = ? AND business_date = ? AND transactions = 0 AND units = 0 AND net_minor = 0"
            + " AND discount_minor = 0 AND cost_minor = 0";

    private final Connection connection;

    RollupWrites(Connection connection) {
        this.connection = connection;
    }

    void apply(RollupDeltas deltas) throws SQLException {
        applyHours(changed(deltas.hours()));
        applyDays(changed(deltas.skuDays()));
    }

    private void applyHours(List<Map.Entry<RollupDeltas.HourKey, RollupDeltas.HourDelta>> rows) throws SQLException {
        updateOrInsert(rows, UPDATE_HOUR, INSERT_HOUR,
                (statement, row) -> bindHour(statement, row.getKey(), row.getValue()),
                (insert, row) -> {
                    ColumnType.DATE.bind(insert, 10, row.getValue().businessDate);
                    insert.setString(11, row.getValue().currency.getCurrencyCode());
                });
        batch(DELETE_EMPTY_HOUR, rows.stream().filter(row -> row.getValue().shrank).toList(),
                (statement, row) -> {
                    statement.setLong(1, row.getKey().storeId());
                    ColumnType.INSTANT.bind(statement, 2, row.getKey().hourStart());
                });
    }

    private static void bindHour(PreparedStatement statement, RollupDeltas.HourKey key, RollupDeltas.HourDelta delta)
            throws SQLException {
        statement.setInt(1, delta.transactions);
        statement.setBigDecimal(2, delta.units);
        statement.setLong(3, delta.grossMinor);
        statement.setLong(4, delta.discountMinor);
        statement.setLong(5, delta.refundMinor);
        statement.setLong(6, delta.netMinor());
        statement.setLong(7, delta.costMinor);
        statement.setLong(8, key.storeId());
        ColumnType.INSTANT.bind(statement, 9, key.hourStart());
    }

    private void applyDays(List<Map.Entry<RollupDeltas.SkuDayKey, RollupDeltas.SkuDayDelta>> rows)
            throws SQLException {
        updateOrInsert(rows, UPDATE_DAY, INSERT_DAY,
                (statement, row) -> bindDay(statement, row.getKey(), row.getValue()),
                (insert, row) -> insert.setString(9, row.getValue().currency.getCurrencyCode()));
        batch(DELETE_EMPTY_DAY, rows.stream().filter(row -> row.getValue().shrank).toList(),
                (statement, row) -> {
                    statement.setLong(1, row.getKey().storeId());
                    statement.setLong(2, row.getKey().productId());
                    ColumnType.DATE.bind(statement, 3, row.getKey().businessDate());
                });
    }

    private static void bindDay(PreparedStatement statement, RollupDeltas.SkuDayKey key,
            RollupDeltas.SkuDayDelta delta) throws SQLException {
        statement.setInt(1, delta.transactions);
        statement.setBigDecimal(2, delta.units);
        statement.setLong(3, delta.netMinor);
        statement.setLong(4, delta.discountMinor);
        statement.setLong(5, delta.costMinor);
        statement.setLong(6, key.storeId());
        statement.setLong(7, key.productId());
        ColumnType.DATE.bind(statement, 8, key.businessDate());
    }

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /**
     * Adds each row's delta to its rollup row, then inserts the rows the update did not find.
     * {@code values} binds the columns both statements share, in the same positions;
     * {@code insertOnly} the columns after them that only a new row needs.
     */
    private <T> void updateOrInsert(List<T> rows, String updateSql, String insertSql, RowBinder<T> values,
            RowBinder<T> insertOnly) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<T> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(updateSql)) {
            for (T row : rows) {
                values.bind(update, row);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (!found(counts[i])) {
                    missing.add(rows.get(i));
                }
            }
        }
        batch(insertSql, missing, (insert, row) -> {
            values.bind(insert, row);
            insertOnly.bind(insert, row);
        });
    }

    private <T> void batch(String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Rows whose delta is not all zeros (a sale replaced by an identical-looking version adds nothing). */
    private static <K, D> List<Map.Entry<K, D>> changed(Map<K, D> deltas) {
        List<Map.Entry<K, D>> rows = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            boolean zero = delta instanceof RollupDeltas.HourDelta hour ? hour.isZero()
                    : ((RollupDeltas.SkuDayDelta) delta).isZero();
            if (!zero) {
                rows.add(Map.entry(key, delta));
            }
        });
        return rows;
    }

    /** Drivers may answer a batch with "done, count unknown"; treat that as found so nothing is inserted twice. */
    static boolean found(int count) {
        return count > 0 || count == Statement.SUCCESS_NO_INFO;
    }
}
