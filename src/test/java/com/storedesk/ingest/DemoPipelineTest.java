package com.storedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import com.storedesk.testing.TestInstallation;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo chain through the real ingest path into a real H2 file: the seeded anomalies are in
 * the database where {@link DemoAnomaly} (and so docs/demo-data.md) says, the rollups equal the raw
 * rows for every store-hour, and delivering the whole history again changes nothing.
 */
class DemoPipelineTest {

    /** Enough weeks before the earliest anomaly for same-weekday comparisons. */
    private static final int DAYS = 28;

    private static AppContext context;
    private static DemoOptions options;
    private static SyncTotals firstRun;

    @BeforeAll
    static void seed() throws Exception {
        context = TestInstallation.create().open(false);
        options = DemoOptions.defaults(context.clock()).withDays(DAYS);
        try (DemoConnector demo = new DemoConnector(options, context.clock())) {
            firstRun = new HistorySync(demo, context.ingest(), context.syncState())
                    .fromStart(SyncProgress.NONE, () -> false);
        }
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void everyEventLands() {
        assertThat(firstRun.rejected()).isZero();
        assertThat(firstRun.pages()).isEqualTo(DAYS + 1);
        assertThat(count("SELECT COUNT(*) FROM store")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM sale")).isGreaterThan(DAYS * 4 * 150L);
        assertThat(count("SELECT COUNT(*) FROM ingest_error")).isZero();
    }

    @Test
    void rollupsEqualTheRawRowsForEveryStoreHourAndSkuDay() throws SQLException {
        RollupRecompute rollups = new RollupRecompute(context.database().dataSource());
        List<RollupRecompute.Hour> hours = rollups.expectedHours();
        assertThat(hours).hasSizeGreaterThan(DAYS * 4 * 8);
        assertThat(rollups.storedHours()).isEqualTo(hours);
        assertThat(rollups.storedSkuDays()).isEqualTo(rollups.expectedSkuDays());
    }

    @Test
    void deliveringTheWholeHistoryAgainChangesNothing() throws Exception {
        Map<String, Long> before = tableCounts();
        String rollupsBefore = String.valueOf(new RollupRecompute(context.database().dataSource()).storedHours());
        SyncTotals again;
        try (DemoConnector demo = new DemoConnector(options, context.clock())) {
            again = new HistorySync(demo, context.ingest(), context.syncState()).fromStart(SyncProgress.NONE, () -> false);
        }

        assertThat(again.events()).isEqualTo(firstRun.events());
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(String.valueOf(new RollupRecompute(context.database().dataSource()).storedHours()))
                .isEqualTo(rollupsBefore);
    }

    @Test
    void theDiscountHappyCashierDiscountsFarMoreOftenAndDeeperThanPeers() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER);
        long storeId = storeId(anomaly.storeCode());
        long cashierId = count("SELECT id FROM employee WHERE source = 'demo' AND external_id = ?",
                anomaly.employeeExternalId());
        List<long[]> perCashier = rows("""
                SELECT s.cashier_id, COUNT(*),
                       COUNT(DISTINCT CASE WHEN d.applied_by_id = s.cashier_id THEN s.id END)
                FROM sale s LEFT JOIN sale_discount d ON d.sale_id = s.id
                WHERE s.store_id = ? AND s.cashier_id IS NOT NULL
                GROUP BY s.cashier_id HAVING COUNT(*) >= 200""", storeId);
        double happyRate = 0;
        double highestPeerRate = 0;
        for (long[] row : perCashier) {
            double rate = (double) row[2] / row[1];
            if (row[0] == cashierId) {
                happyRate = rate;
            } else {
                highestPeerRate = Math.max(highestPeerRate, rate);
            }
        }
        assertThat(perCashier).as("the store has several busy cashiers").hasSizeGreaterThanOrEqualTo(3);
        assertThat(happyRate).as("discount rate of %s", anomaly.employeeName()).isGreaterThan(3 * highestPeerRate);
        double happyDepth = average("SELECT AVG(percent) FROM sale_discount WHERE applied_by_id = ?", cashierId);
        double peerDepth = average("""
                SELECT AVG(d.percent) FROM sale_discount d JOIN sale s ON s.id = d.sale_id
                WHERE s.store_id = ? AND d.applied_by_id IS NOT NULL AND d.applied_by_id <> ?""", storeId, cashierId);
        assertThat(happyDepth).isGreaterThanOrEqualTo(25).isGreaterThan(peerDepth + 10);
    }

    @Test
    void oneStoreDayHasARefundSpike() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.REFUND_SPIKE);
        long storeId = storeId(anomaly.storeCode());
        Map<LocalDate, Long> perDay = perDay("""
                SELECT business_date, COUNT(*) FROM refund WHERE store_id = ? GROUP BY business_date""", storeId);
        long spike = perDay.getOrDefault(anomaly.firstDay(), 0L);
        List<Long> others = perDay.entrySet().stream()
                .filter(e -> !e.getKey().equals(anomaly.firstDay())).map(Map.Entry::getValue).sorted().toList();
        long median = others.get(others.size() / 2);
        assertThat(spike).as("refunds on %s against a median of %d", anomaly.firstDay(), median)
                .isGreaterThanOrEqualTo(5 * Math.max(1, median));
    }

    @Test
    void aSkuRunsOutThenComesBack() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.STOCK_OUT);
        long storeId = storeId(anomaly.storeCode());
        long productId = count("SELECT id FROM product WHERE source = 'demo' AND sku = ?", anomaly.sku());
        String salesOfIt = """
                SELECT COUNT(*) FROM sale_line l JOIN sale s ON s.id = l.sale_id
                WHERE s.store_id = ? AND l.product_id = ? AND s.business_date BETWEEN ? AND ?""";
        assertThat(count(salesOfIt, storeId, productId, Date.valueOf(anomaly.firstDay()),
                Date.valueOf(anomaly.lastDay()))).as("no sales while out of stock").isZero();
        assertThat(count(salesOfIt, storeId, productId, Date.valueOf(options.firstHistoryDay()),
                Date.valueOf(anomaly.firstDay().minusDays(1)))).as("it sold before").isPositive();
        assertThat(count("""
                SELECT COUNT(*) FROM stock_movement
                WHERE store_id = ? AND product_id = ? AND movement_type = 'RECEIPT' AND business_date > ?""",
                storeId, productId, Date.valueOf(anomaly.lastDay()))).as("a receipt ends it").isPositive();
    }

    @Test
    void aTrafficSensorGoesDarkForAnAfternoonWhileSalesGoOn() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.TRAFFIC_SENSOR_DARK);
        long storeId = storeId(anomaly.storeCode());
        ZoneId zone = ZoneId.of(text("SELECT time_zone FROM store WHERE id = ?", storeId));
        Instant noon = anomaly.firstDay().atTime(LocalTime.NOON).atZone(zone).toInstant();
        Instant six = anomaly.firstDay().atTime(18, 0).atZone(zone).toInstant();
        String between = "store_id = ? AND %s >= ? AND %s < ?";
        assertThat(count("SELECT COUNT(*) FROM traffic_count WHERE " + between.formatted("interval_start",
                "interval_start"), storeId, noon, six)).isZero();
        assertThat(count("SELECT COUNT(*) FROM traffic_count WHERE " + between.formatted("interval_start",
                "interval_start"), storeId, noon.minusSeconds(3 * 3600), noon)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM sale WHERE " + between.formatted("occurred_at", "occurred_at"),
                storeId, noon, six)).isPositive();
    }

    @Test
    void oneStoreDaySellsFarBelowTheSameWeekdaysOtherWeeks() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.LOW_SALES_DAY);
        long storeId = storeId(anomaly.storeCode());
        Map<LocalDate, Long> net = perDay("""
                SELECT business_date, SUM(net_minor) FROM sales_by_store_hour WHERE store_id = ?
                GROUP BY business_date""", storeId);
        List<Long> sameWeekday = net.entrySet().stream()
                .filter(e -> e.getKey().getDayOfWeek() == anomaly.firstDay().getDayOfWeek())
                .filter(e -> !e.getKey().equals(anomaly.firstDay()))
                .map(Map.Entry::getValue).sorted().toList();
        assertThat(sameWeekday).hasSizeGreaterThanOrEqualTo(3);
        long median = sameWeekday.get(sameWeekday.size() / 2);
        assertThat(net.get(anomaly.firstDay())).isLessThan(median * 6 / 10);
    }

    private static DemoAnomaly anomaly(DemoAnomaly.Kind kind) {
        try (DemoConnector demo = new DemoConnector(options, context.clock())) {
            return demo.anomalies().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
        }
    }

    private static long storeId(String code) {
        return count("SELECT id FROM store WHERE source = 'demo' AND code = ?", code);
    }

    private static Map<String, Long> tableCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("store", "register", "employee", "product", "customer", "sale", "sale_line",
                "sale_tender", "sale_discount", "refund", "refund_line", "stock_level", "stock_movement",
                "traffic_count", "shift", "sales_by_store_hour", "sales_by_sku_day", "ingest_error")) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        counts.put("sales updated after insert", count("SELECT COUNT(*) FROM sale WHERE updated_at > created_at"));
        return counts;
    }

    private static long count(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    private static double average(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getDouble(1) : 0.0);
    }

    private static String text(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getString(1) : null);
    }

    private static List<long[]> rows(String sql, Object... parameters) {
        return query(sql, parameters, rs -> {
            List<long[]> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
            return rows;
        });
    }

    private static Map<LocalDate, Long> perDay(String sql, Object... parameters) {
        return query(sql, parameters, rs -> {
            Map<LocalDate, Long> days = new HashMap<>();
            while (rs.next()) {
                days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
            }
            return days;
        });
    }

    private interface ResultReader<T> {
        T read(ResultSet resultSet) throws SQLException;
    }

    private static <T> T query(String sql, Object[] parameters, ResultReader<T> reader) {
        try (Connection connection = context.database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof Instant instant
                        ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC) : parameter);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                return reader.read(resultSet);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
