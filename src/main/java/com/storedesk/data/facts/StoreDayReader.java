package com.storedesk.data.facts;

import static com.storedesk.data.facts.StoreWindowQuery.instant;

import com.storedesk.data.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one store did on one business date, each read with one indexed query: the hourly rollup,
 * the door counts, the clocked shifts, the products sold, the latest sales and the voided sales;
 * and its net sales per day over a window, for a sparkline.
 */
public final class StoreDayReader {

    // Each query takes (store id, date, date): a one-day window, the shape every facts query shares.
    private static final String HOURS = "SELECT hour_start, transactions, units, gross_minor, discount_minor,"
            + " refund_minor, net_minor, cost_minor FROM sales_by_store_hour"
            + " WHERE store_id = ? AND business_date BETWEEN ? AND ? ORDER BY hour_start";
    private static final String TRAFFIC = "SELECT business_date, sensor_id, interval_start, interval_minutes,"
            + " visitors_in, visitors_out FROM traffic_count"
            + " WHERE store_id = ? AND business_date BETWEEN ? AND ? ORDER BY interval_start";
    private static final String SHIFTS = "SELECT clock_in, clock_out FROM shift"
            + " WHERE store_id = ? AND business_date BETWEEN ? AND ? AND clock_in IS NOT NULL ORDER BY clock_in";
    private static final String PRODUCTS = "SELECT p.id, p.sku, p.name, d.transactions, d.units, d.net_minor,"
            + " d.cost_minor FROM sales_by_sku_day d JOIN product p ON p.id = d.product_id"
            + " WHERE d.store_id = ? AND d.business_date BETWEEN ? AND ?";
    private static final String LATEST = "SELECT s.id, s.occurred_at, s.external_id, s.total_minor, s.status,"
            + " s.customer_id, e.display_name, (SELECT COUNT(*) FROM sale_line l WHERE l.sale_id = s.id)"
            + " FROM sale s LEFT JOIN employee e ON e.id = s.cashier_id"
            + " WHERE s.store_id = ? AND s.business_date BETWEEN ? AND ? ORDER BY s.occurred_at DESC, s.id DESC"
            + " FETCH FIRST %d ROWS ONLY";
    private static final String VOIDED = "SELECT COUNT(*) FROM sale"
            + " WHERE store_id = ? AND business_date BETWEEN ? AND ? AND status = 'VOIDED'";
    private static final String DAILY_NET = "SELECT business_date, SUM(net_minor) FROM sales_by_store_hour"
            + " WHERE store_id = ? AND business_date BETWEEN ? AND ? GROUP BY business_date";

    private final StoreWindowQuery query;

    public StoreDayReader(Database db) {
        this.query = new StoreWindowQuery(db);
    }

    public List<HourSales> hours(long storeId, LocalDate date) {
        return read(HOURS, storeId, date, rows -> new HourSales(instant(rows, 1), rows.getInt(2),
                rows.getBigDecimal(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                rows.getLong(8)));
    }

    public List<TrafficInterval> traffic(long storeId, LocalDate date) {
        return read(TRAFFIC, storeId, date, rows -> new TrafficInterval(StoreWindowQuery.date(rows, 1),
                rows.getString(2), instant(rows, 3), rows.getInt(4), rows.getInt(5), rows.getInt(6)));
    }

    public List<WorkedShift> shifts(long storeId, LocalDate date) {
        return read(SHIFTS, storeId, date, rows -> new WorkedShift(instant(rows, 1), instant(rows, 2)));
    }

    public List<ProductDaySales> products(long storeId, LocalDate date) {
        return read(PRODUCTS, storeId, date, rows -> new ProductDaySales(rows.getLong(1), rows.getString(2),
                rows.getString(3), rows.getInt(4), rows.getBigDecimal(5), rows.getLong(6), rows.getLong(7)));
    }

    /** The day's latest sales, newest first. */
    public List<RecentSale> latestSales(long storeId, LocalDate date, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return read(String.format(LATEST, limit), storeId, date, rows -> new RecentSale(rows.getLong(1),
                instant(rows, 2), rows.getString(3), rows.getInt(8), rows.getLong(4),
                "VOIDED".equals(rows.getString(5)), rows.getString(7), rows.getObject(6) != null));
    }

    /** Sales rung up on the day and voided afterwards (the rollup counts completed sales only). */
    public long voidedSales(long storeId, LocalDate date) {
        return read(VOIDED, storeId, date, rows -> rows.getLong(1)).get(0);
    }

    /**
     * Net sales per business date in {@code from..to} (both included), from the same hourly rollup
     * as the day's net sales tile; days without a row are 0. Ordered by date.
     */
    public SortedMap<LocalDate, Long> dailyNet(long storeId, LocalDate from, LocalDate to) {
        StoreWindowQuery.requireWindow(from, to);
        SortedMap<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.put(date, 0L);
        }
        query.withConnection(connection -> StoreWindowQuery.list(connection, DAILY_NET, storeId, from, to,
                rows -> days.put(StoreWindowQuery.date(rows, 1), rows.getLong(2))));
        return days;
    }

    private <T> List<T> read(String sql, long storeId, LocalDate date, StoreWindowQuery.RowMapper<T> mapper) {
        return query.withConnection(connection -> StoreWindowQuery.list(connection, sql, storeId, date, date, mapper));
    }
}
