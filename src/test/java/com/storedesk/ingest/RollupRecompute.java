package com.storedesk.ingest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * The rollups as V2__ingest.sql defines them, recomputed with GROUP BY from sale, sale_line and
 * refund, next to what the rollup tables hold. Equal lists mean ingest kept them exact.
 */
final class RollupRecompute {

    /** One sales_by_store_hour row; units at scale 3 so equal amounts print equal. */
    record Hour(long storeId, Instant hourStart, long transactions, BigDecimal units, long gross,
            long discount, long refund, long net, long cost) {
    }

    record SkuDay(long storeId, long productId, LocalDate day, long transactions, BigDecimal units,
            long net, long discount, long cost) {
    }

    /** Line cost, rounded half-even like ingest: ROUND is half-up, so ties to an even floor are pulled down. */
    private static final String COST = "CASE WHEN l.unit_cost_minor IS NULL THEN 0"
            + " WHEN l.quantity * l.unit_cost_minor - FLOOR(l.quantity * l.unit_cost_minor) = 0.5"
            + " AND MOD(FLOOR(l.quantity * l.unit_cost_minor), 2) = 0 THEN FLOOR(l.quantity * l.unit_cost_minor)"
            + " ELSE ROUND(l.quantity * l.unit_cost_minor) END";

    private final DataSource dataSource;

    RollupRecompute(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Hour> expectedHours() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String hour = hourStart(connection, "x.occurred_at");
            return hours(connection, "SELECT store_id, hour_start, SUM(tx), SUM(units), SUM(gross), SUM(discount),"
                    + " SUM(refund), SUM(gross) - SUM(discount) - SUM(refund), SUM(cost) FROM ("
                    + "  SELECT x.store_id, " + hour + " AS hour_start, 1 AS tx, x.units, x.gross, x.discount,"
                    + "   0 AS refund, x.cost FROM ("
                    + "    SELECT s.store_id, st.time_zone, s.occurred_at, COALESCE(SUM(l.quantity), 0) AS units,"
                    + "     COALESCE(SUM(l.net_minor + l.discount_minor), 0) AS gross,"
                    + "     COALESCE(SUM(l.discount_minor), 0) AS discount, COALESCE(SUM(" + COST + "), 0) AS cost"
                    + "    FROM sale s JOIN store st ON st.id = s.store_id LEFT JOIN sale_line l ON l.sale_id = s.id"
                    + "    WHERE s.status = 'COMPLETED' GROUP BY s.id, s.store_id, st.time_zone, s.occurred_at) x"
                    + "  UNION ALL"
                    + "  SELECT x.store_id, " + hour + ", 0, 0, 0, 0, x.amount_minor, 0 FROM ("
                    + "    SELECT r.store_id, st.time_zone, r.occurred_at, r.amount_minor"
                    + "    FROM refund r JOIN store st ON st.id = r.store_id) x"
                    + ") y GROUP BY store_id, hour_start");
        }
    }

    List<Hour> storedHours() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return hours(connection, "SELECT store_id, hour_start, transactions, units, gross_minor, discount_minor,"
                    + " refund_minor, net_minor, cost_minor FROM sales_by_store_hour");
        }
    }

    List<SkuDay> expectedSkuDays() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return skuDays(connection, "SELECT s.store_id, l.product_id, s.business_date, COUNT(DISTINCT s.id),"
                    + " SUM(l.quantity), SUM(l.net_minor), SUM(l.discount_minor), SUM(" + COST + ")"
                    + " FROM sale s JOIN sale_line l ON l.sale_id = s.id WHERE s.status = 'COMPLETED'"
                    + " GROUP BY s.store_id, l.product_id, s.business_date");
        }
    }

    List<SkuDay> storedSkuDays() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return skuDays(connection, "SELECT store_id, product_id, business_date, transactions, units, net_minor,"
                    + " discount_minor, cost_minor FROM sales_by_sku_day");
        }
    }

    /** Truncates to the hour in the store's own zone, as a TIMESTAMP WITH TIME ZONE. */
    private static String hourStart(Connection connection, String instant) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        return postgres
                ? "(date_trunc('hour', " + instant + " AT TIME ZONE x.time_zone) AT TIME ZONE x.time_zone)"
                : "DATE_TRUNC('HOUR', " + instant + " AT TIME ZONE x.time_zone)";
    }

    private static List<Hour> hours(Connection connection, String sql) throws SQLException {
        List<Hour> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(new Hour(result.getLong(1), result.getObject(2, OffsetDateTime.class).toInstant(),
                        result.getLong(3), result.getBigDecimal(4).setScale(3), result.getLong(5), result.getLong(6),
                        result.getLong(7), result.getLong(8), result.getLong(9)));
            }
        }
        rows.sort(Comparator.comparing(Hour::storeId).thenComparing(Hour::hourStart));
        return rows;
    }

    private static List<SkuDay> skuDays(Connection connection, String sql) throws SQLException {
        List<SkuDay> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(new SkuDay(result.getLong(1), result.getLong(2),
                        result.getObject(3, LocalDate.class), result.getLong(4),
                        result.getBigDecimal(5).setScale(3), result.getLong(6), result.getLong(7), result.getLong(8)));
            }
        }
        rows.sort(Comparator.comparing(SkuDay::storeId).thenComparing(SkuDay::productId)
                .thenComparing(SkuDay::day));
        return rows;
    }
}
