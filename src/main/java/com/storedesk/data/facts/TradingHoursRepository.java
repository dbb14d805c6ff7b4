package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A store's sales per store-local hour over a window of dates, from the {@code sales_by_store_hour}
 * rollup. An hour missing from the result had no sales and no refunds.
 */
public final class TradingHoursRepository {

    private static final String HOURS = """
            SELECT h.business_date, h.hour_start, h.transactions, h.net_minor
            FROM sales_by_store_hour h
            WHERE h.store_id = ? AND h.business_date BETWEEN ? AND ?
            ORDER BY h.hour_start""";

    private final StoreWindowQuery query;

    public TradingHoursRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    /**
     * The hours of {@code from..to} (both included) in time order.
     *
     * @param zone the store's time zone, which turns each hour's start into its local hour of day
     */
    public List<TradingHour> hours(long storeId, ZoneId zone, LocalDate from, LocalDate to) {
        Objects.requireNonNull(zone, "zone");
        StoreWindowQuery.requireWindow(from, to);
        return query.withConnection(connection -> StoreWindowQuery.list(connection, HOURS, storeId, from, to,
                row -> new TradingHour(StoreWindowQuery.date(row, 1),
                        StoreWindowQuery.instant(row, 2).atZone(zone).getHour(), row.getInt(3), row.getLong(4))));
    }
}
