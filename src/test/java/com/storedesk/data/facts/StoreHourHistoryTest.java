package com.storedesk.data.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.entity.Store;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.testing.SeededDemo;
import com.storedesk.testing.TestInstallation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreHourHistoryTest {

    private static final AppContext DEMO = SeededDemo.context();
    private static final StoreHourHistory HISTORY = new StoreHourHistory(DEMO.database());

    @Test
    void salesAreTheRollupsPerStoreLocalDateAndHour() throws SQLException {
        StoreSummary newYork = store("S01");
        StoreSummary chicago = store("S02");
        LocalDate first = SeededDemo.options().firstHistoryDay();
        LocalDate end = SeededDemo.options().lastHistoryDay().plusDays(1);

        HourlySales sales = HISTORY.sales(newYork.id(), first, end);
        HourlySales mall = HISTORY.sales(chicago.id(), first, end);

        assertThat(sales.netMinor().from()).isEqualTo(first);
        assertThat(sales.netMinor().days()).isEqualTo(SeededDemo.DAYS);
        Map<LocalDate, long[]> byDate = rollupDays(newYork.id());
        assertThat(byDate).hasSize(SeededDemo.DAYS);
        byDate.forEach((date, sums) -> {
            assertThat(sales.netMinor().dayTotal(date)).as("net on %s", date).isEqualTo(sums[0]);
            assertThat(sales.transactions().dayTotal(date)).as("transactions on %s", date).isEqualTo(sums[1]);
        });
        // Store-local hours: Hudson Street rings up sales 8-21 on weekdays, the Chicago mall 10-21.
        LocalDate monday = SeededDemo.options().lastHistoryDay().with(DayOfWeek.MONDAY);
        assertThat(tradingHours(sales.transactions(), monday)).containsExactly(8, 20);
        assertThat(tradingHours(mall.transactions(), monday)).containsExactly(10, 20);
    }

    @Test
    void visitorsAreQuarterHoursSummedIntoStoreLocalHours() throws SQLException {
        DemoAnomaly dark = SeededDemo.anomalies().stream()
                .filter(a -> a.kind() == DemoAnomaly.Kind.TRAFFIC_SENSOR_DARK).findFirst().orElseThrow();
        StoreSummary outlet = store(dark.storeCode());

        HourlyValues visitors =
                HISTORY.visitorsIn(outlet.id(), dark.firstDay().minusDays(7), dark.firstDay().plusDays(1));

        assertThat(visitors.days()).isEqualTo(8);
        Map<LocalDate, Long> counted = trafficDays(outlet.id());
        for (int d = 0; d < visitors.days(); d++) {
            LocalDate date = visitors.date(d);
            assertThat(visitors.dayTotal(d)).as("visitors on %s", date).isEqualTo(counted.get(date));
        }
        // The counter was dark from 12:00 to 17:45 store time; the hours around it were counted.
        for (int hour = 12; hour < 18; hour++) {
            assertThat(visitors.get(dark.firstDay(), hour)).as("hour %d", hour).isZero();
        }
        assertThat(visitors.get(dark.firstDay(), 11)).isPositive();
        assertThat(visitors.get(dark.firstDay(), 18)).isPositive();
        assertThat(visitors.get(dark.firstDay().minusDays(7), 14)).isPositive();
    }

    @Test
    void readsOnlyTheDatesAskedFor() {
        StoreSummary store = store("S03");
        LocalDate from = SeededDemo.options().day(-10);
        HourlyValues all = HISTORY.sales(store.id(), SeededDemo.options().firstHistoryDay(),
                SeededDemo.options().day(1)).netMinor();

        HourlyValues three = HISTORY.sales(store.id(), from, from.plusDays(3)).netMinor();

        assertThat(three).isEqualTo(all.slice(from, from.plusDays(3)));
        assertThat(three.to()).isEqualTo(from.plusDays(3));
        assertThat(HISTORY.sales(store.id(), from.minusYears(1), from.minusYears(1).plusDays(5)).netMinor()
                .firstDateWithData()).isEmpty();
    }

    @Test
    void anUnknownStoreHasNothing() {
        LocalDate from = SeededDemo.options().firstHistoryDay();
        assertThat(HISTORY.sales(-1, from, from.plusDays(7)).netMinor().firstDateWithData()).isEmpty();
        assertThat(HISTORY.visitorsIn(-1, from, from.plusDays(7)).firstDateWithData()).isEmpty();
        assertThat(HISTORY.timeZone(-1)).isEmpty();
    }

    @Test
    void salesDaysSpanEachStoresHistory() {
        List<SalesDays> days = HISTORY.salesDays();

        assertThat(days).hasSize(4).allSatisfy(span -> {
            assertThat(span.first()).isEqualTo(SeededDemo.options().firstHistoryDay());
            assertThat(span.last()).isEqualTo(SeededDemo.options().lastHistoryDay());
        });
        assertThat(HISTORY.timeZone(store("S02").id())).contains(ZoneId.of("America/Chicago"));
    }

    @Test
    void hoursAreLocalOnHalfHourZonesAndTheRepeatedHourAddsUp() throws SQLException {
        try (AppContext context = TestInstallation.create().open(false)) {
            Store kolkata = new Store("test", "in-1", "IN01", "Kolkata", ZoneId.of("Asia/Kolkata"), USD);
            Store newYork = new Store("test", "us-1", "US01", "New York", ZoneId.of("America/New_York"), USD);
            context.database().writeVoid(session -> {
                session.persist(kolkata);
                session.persist(newYork);
            });
            LocalDate day = LocalDate.of(2026, 11, 1);
            try (Connection connection = context.database().dataSource().getConnection()) {
                // 10:00 in Kolkata is 04:30Z.
                insertHour(connection, kolkata.getId(), Instant.parse("2026-11-01T04:30:00Z"), day, 500, 2);
                // 1 November 2026: New York's clocks go back, 01:00 happens at 05:00Z and again at 06:00Z.
                insertHour(connection, newYork.getId(), Instant.parse("2026-11-01T05:00:00Z"), day, 300, 1);
                insertHour(connection, newYork.getId(), Instant.parse("2026-11-01T06:00:00Z"), day, 200, 1);
                insertTraffic(connection, kolkata.getId(), Instant.parse("2026-11-01T04:30:00Z"), day, 7);
                insertTraffic(connection, kolkata.getId(), Instant.parse("2026-11-01T05:15:00Z"), day, 5);
                insertTraffic(connection, kolkata.getId(), Instant.parse("2026-11-01T05:30:00Z"), day, 4);
            }
            StoreHourHistory history = new StoreHourHistory(context.database());

            HourlySales india = history.sales(kolkata.getId(), day, day.plusDays(1));
            HourlySales us = history.sales(newYork.getId(), day, day.plusDays(1));
            HourlyValues visitors = history.visitorsIn(kolkata.getId(), day, day.plusDays(1));

            assertThat(india.netMinor().get(day, 10)).isEqualTo(500);
            assertThat(india.transactions().get(day, 10)).isEqualTo(2);
            assertThat(us.netMinor().get(day, 1)).isEqualTo(500);
            assertThat(us.transactions().get(day, 1)).isEqualTo(2);
            assertThat(visitors.get(day, 10)).isEqualTo(12);
            assertThat(visitors.get(day, 11)).isEqualTo(4);
            assertThat(visitors.dayTotal(day)).isEqualTo(16);
        }
    }

    private static final Currency USD = Currency.getInstance("USD");

    private static StoreSummary store(String code) {
        return DEMO.stores().listStores().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Integer> tradingHours(HourlyValues values, LocalDate date) {
        int first = -1;
        int last = -1;
        for (int h = 0; h < HourlyValues.HOURS; h++) {
            if (values.get(date, h) != 0) {
                first = first < 0 ? h : first;
                last = h;
            }
        }
        return List.of(first, last);
    }

    private static Map<LocalDate, long[]> rollupDays(long storeId) throws SQLException {
        Map<LocalDate, long[]> days = new HashMap<>();
        try (Connection connection = DEMO.database().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT business_date, SUM(net_minor), "
                        + "SUM(transactions) FROM sales_by_store_hour WHERE store_id = ? GROUP BY business_date")) {
            query.setLong(1, storeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.put(rows.getObject(1, LocalDate.class), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
        }
        return days;
    }

    private static Map<LocalDate, Long> trafficDays(long storeId) throws SQLException {
        Map<LocalDate, Long> days = new HashMap<>();
        try (Connection connection = DEMO.database().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT business_date, SUM(visitors_in) "
                        + "FROM traffic_count WHERE store_id = ? GROUP BY business_date")) {
            query.setLong(1, storeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.put(rows.getObject(1, LocalDate.class), rows.getLong(2));
                }
            }
        }
        return days;
    }

    private static void insertHour(Connection connection, long storeId, Instant hourStart, LocalDate date, long net,
            int transactions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sales_by_store_hour (store_id, "
                + "hour_start, business_date, transactions, units, gross_minor, discount_minor, refund_minor, "
                + "net_minor, cost_minor, currency) VALUES (?, ?, ?, ?, 1, ?, 0, 0, ?, 0, 'USD')")) {
            insert.setLong(1, storeId);
            insert.setObject(2, OffsetDateTime.ofInstant(hourStart, ZoneOffset.UTC));
            insert.setObject(3, date);
            insert.setInt(4, transactions);
            insert.setLong(5, net);
            insert.setLong(6, net);
            insert.executeUpdate();
        }
    }

    private static void insertTraffic(Connection connection, long storeId, Instant start, LocalDate date,
            int visitors) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO traffic_count (source, external_id, "
                + "store_id, sensor_id, interval_start, business_date, interval_minutes, visitors_in, visitors_out) "
                + "VALUES ('test', ?, ?, 'door', ?, ?, 15, ?, 0)")) {
            insert.setString(1, "t-" + start);
            insert.setLong(2, storeId);
            insert.setObject(3, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            insert.setObject(4, date);
            insert.setInt(5, visitors);
            insert.executeUpdate();
        }
    }
}
