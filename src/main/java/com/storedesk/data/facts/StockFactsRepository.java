package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The products a store keeps stock of (those with a {@code stock_level} row), with their daily sales
 * from {@code sales_by_sku_day}. The sales are read through the store's stock levels so each product
 * is one seek into the rollup's (store, product, date) key, whatever the length of the history.
 */
public final class StockFactsRepository {

    private static final String LEVELS = """
            SELECT l.product_id, p.sku, p.name, l.on_hand, l.counted_at
            FROM stock_level l JOIN product p ON p.id = l.product_id
            WHERE l.store_id = ?
            ORDER BY p.sku""";

    // No ORDER BY: H2 would then walk the rollup's key over all dates to avoid a sort.
    private static final String SALES = """
            SELECT d.product_id, d.business_date, d.transactions, d.units, d.net_minor
            FROM stock_level l
            JOIN sales_by_sku_day d ON d.store_id = l.store_id AND d.product_id = l.product_id
            WHERE l.store_id = ? AND d.business_date BETWEEN ? AND ?""";

    private static final String INCOMING = """
            SELECT m.product_id, MAX(m.occurred_at)
            FROM stock_movement m
            WHERE m.store_id = ? AND m.occurred_at >= ? AND m.occurred_at < ?
              AND m.quantity_delta > 0 AND m.movement_type IN ('RECEIPT', 'TRANSFER', 'RETURN')
            GROUP BY m.product_id""";

    // Counts that corrected the stock are rare: read them all and keep each product's latest.
    private static final String COUNTS = """
            SELECT m.product_id, m.occurred_at, m.quantity_delta
            FROM stock_movement m
            WHERE m.store_id = ? AND m.occurred_at >= ? AND m.occurred_at < ? AND m.movement_type = 'COUNT'
            ORDER BY m.occurred_at""";

    private final StoreWindowQuery query;

    public StockFactsRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    /**
     * Every stocked product of the store with its sales in {@code from..to} (both included) and its
     * latest incoming goods in that window, in SKU order.
     *
     * @param zone the store's time zone, which places the window's dates in time
     */
    public List<StockFacts> stock(long storeId, ZoneId zone, LocalDate from, LocalDate to) {
        Objects.requireNonNull(zone, "zone");
        StoreWindowQuery.requireWindow(from, to);
        return query.withConnection(connection -> stock(connection, storeId, zone, from, to));
    }

    private static List<StockFacts> stock(Connection connection, long storeId, ZoneId zone, LocalDate from,
            LocalDate to) throws SQLException {
        Map<Long, List<SkuDaySales>> sales = new HashMap<>();
        for (Object[] row : StoreWindowQuery.list(connection, SALES, storeId, from, to, r -> new Object[] {
                r.getLong(1), new SkuDaySales(StoreWindowQuery.date(r, 2), r.getInt(3), r.getBigDecimal(4),
                        r.getLong(5))})) {
            sales.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((SkuDaySales) row[1]);
        }
        sales.values().forEach(days -> days.sort(Comparator.comparing(SkuDaySales::date)));
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, Instant> incoming = new HashMap<>();
        movements(connection, INCOMING, storeId, start, end,
                row -> incoming.put(row.getLong(1), StoreWindowQuery.instant(row, 2)));
        Map<Long, Instant> lastCountAt = new HashMap<>();
        Map<Long, BigDecimal> lastCountDelta = new HashMap<>();
        movements(connection, COUNTS, storeId, start, end, row -> {
            lastCountAt.put(row.getLong(1), StoreWindowQuery.instant(row, 2));
            lastCountDelta.put(row.getLong(1), row.getBigDecimal(3));
        });
        Map<Long, StockFacts> products = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LEVELS)) {
            statement.setLong(1, storeId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long productId = row.getLong(1);
                    products.put(productId, new StockFacts(productId, row.getString(2), row.getString(3),
                            row.getBigDecimal(4), StoreWindowQuery.instant(row, 5), incoming.get(productId),
                            lastCountAt.get(productId), lastCountDelta.get(productId),
                            sales.getOrDefault(productId, List.of())));
                }
            }
        }
        return List.copyOf(products.values());
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void movements(Connection connection, String sql, long storeId, Instant from, Instant until,
            RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, storeId);
            statement.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(3, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        }
    }
}
