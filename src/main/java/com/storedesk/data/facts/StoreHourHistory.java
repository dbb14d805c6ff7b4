package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store's history hour by hour: net sales and transactions from the {@code sales_by_store_hour}
 * rollup, visitors in from the 15-minute door counts. Hours are store-local, in the store's time
 * zone as it is now. Each read is one query for the whole date range, plain JDBC in a read-only
 * transaction.
 */
public final class StoreHourHistory {

    private static final String SALES = """
            SELECT hour_start, business_date, net_minor, transactions
            FROM sales_by_store_hour
            WHERE store_id = ? AND business_date >= ? AND business_date < ?""";
    private static final String VISITORS = """
            SELECT interval_start, business_date, visitors_in
            FROM traffic_count
            WHERE store_id = ? AND business_date >= ? AND business_date < ?""";
    private static final String TIME_ZONE = "SELECT time_zone FROM store WHERE id = ?";
    private static final String SALES_DAYS = """
            SELECT store_id, MIN(business_date), MAX(business_date)
            FROM sales_by_store_hour
            GROUP BY store_id
            ORDER BY store_id""";

    private final Database db;

    public StoreHourHistory(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Net sales and transactions from {@code from} (inclusive) to {@code to} (exclusive); zeros for an
     * unknown store.
     */
    public HourlySales sales(long storeId, LocalDate from, LocalDate to) {
        HourlyValues.Builder net = HourlyValues.builder(from, to);
        HourlyValues.Builder transactions = HourlyValues.builder(from, to);
        read(connection -> {
            Optional<ZoneId> zone = timeZone(connection, storeId);
            if (zone.isEmpty()) {
                return;
            }
            try (PreparedStatement query = rangeQuery(connection, SALES, storeId, from, to);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LocalDate date = rows.getObject(2, LocalDate.class);
                    int hour = localHour(rows.getObject(1, OffsetDateTime.class), zone.get());
                    net.add(date, hour, rows.getLong(3));
                    transactions.add(date, hour, rows.getLong(4));
                }
            }
        });
        return new HourlySales(net.build(), transactions.build());
    }

    /** Visitors in, the quarter hours summed into their store-local hour; zeros for an unknown store. */
    public HourlyValues visitorsIn(long storeId, LocalDate from, LocalDate to) {
        HourlyValues.Builder visitors = HourlyValues.builder(from, to);
        read(connection -> {
            Optional<ZoneId> zone = timeZone(connection, storeId);
            if (zone.isEmpty()) {
                return;
            }
            try (PreparedStatement query = rangeQuery(connection, VISITORS, storeId, from, to);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LocalDate date = rows.getObject(2, LocalDate.class);
                    visitors.add(date, localHour(rows.getObject(1, OffsetDateTime.class), zone.get()), rows.getLong(3));
                }
            }
        });
        return visitors.build();
    }

    /** The store's time zone; empty for an unknown store. */
    public Optional<ZoneId> timeZone(long storeId) {
        return db.read(session -> session.doReturningWork(connection -> timeZone(connection, storeId)));
    }

    /** Every store with sales rollups, by id, with its first and last business date. */
    public List<SalesDays> salesDays() {
        List<SalesDays> days = new ArrayList<>();
        read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SALES_DAYS);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.add(new SalesDays(rows.getLong(1), rows.getObject(2, LocalDate.class),
                            rows.getObject(3, LocalDate.class)));
                }
            }
        });
        return List.copyOf(days);
    }

    private static PreparedStatement rangeQuery(Connection connection, String sql, long storeId, LocalDate from,
            LocalDate to) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setLong(1, storeId);
        query.setObject(2, from);
        query.setObject(3, to);
        query.setFetchSize(2_000);
        return query;
    }

    private static Optional<ZoneId> timeZone(Connection connection, long storeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TIME_ZONE)) {
            query.setLong(1, storeId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(ZoneId.of(rows.getString(1))) : Optional.empty();
            }
        }
    }

    private static int localHour(OffsetDateTime instant, ZoneId zone) {
        return instant.atZoneSameInstant(zone).getHour();
    }

    @FunctionalInterface
    private interface Reading {
        void read(Connection connection) throws SQLException;
    }

    private void read(Reading reading) {
        db.read(session -> {
            session.doWork(reading::read);
            return null;
        });
    }
}
