package com.storedesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.testing.SeededDemo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alerts on the seeded demo chain (six weeks, four stores): each seeded anomaly is found on its
 * days at its store, naming whom or what it is about, and days without one stay (almost) quiet. Sales
 * are judged against the forecast the app uses ({@code AppContext.forecasts()}).
 */
class StoreAlertsDemoTest {

    private static Map<String, StoreSummary> stores;
    private static Map<DemoAnomaly.Kind, DemoAnomaly> truth;
    private static StoreAlerts alerts;
    private static Instant now;

    @BeforeAll
    static void open() {
        AppContext context = SeededDemo.context();
        stores = context.stores().listStores().stream()
                .collect(Collectors.toMap(StoreSummary::code, Function.identity()));
        truth = SeededDemo.anomalies().stream().collect(Collectors.toMap(DemoAnomaly::kind, Function.identity()));
        alerts = new StoreAlerts(context.database(), context.forecasts());
        now = context.clock().instant();
    }

    @Test
    void theDiscountHappyCashierIsAlertedThroughoutTheHistory() {
        DemoAnomaly happy = truth.get(DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER);
        // The first day has too few sales per cashier to compare; from then on, every fourth day.
        for (LocalDate date = happy.firstDay().plusDays(2); !date.isAfter(happy.lastDay()); date = date.plusDays(4)) {
            assertThat(alertsOf(happy.storeCode(), date, AlertKind.CASHIER_DISCOUNTS))
                    .as("%s on %s", happy.kind(), date)
                    .singleElement().extracting(alert -> alert.subject().name()).isEqualTo(happy.employeeName());
        }
    }

    @Test
    void theRefundSpikeIsAlertedWithTheSupervisorWhoProcessedIt() {
        DemoAnomaly spike = truth.get(DemoAnomaly.Kind.REFUND_SPIKE);
        List<Alert> day = alerts(spike.storeCode(), spike.firstDay());

        assertThat(day).filteredOn(alert -> alert.kind() == AlertKind.REFUND_SPIKE).singleElement()
                .satisfies(alert -> assertThat(alert.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(day).filteredOn(alert -> alert.kind() == AlertKind.STAFF_REFUNDS)
                .singleElement().extracting(alert -> alert.subject().name()).isEqualTo(spike.employeeName());
        assertThat(alertsOf(spike.storeCode(), spike.firstDay().plusDays(1), AlertKind.REFUND_SPIKE)).isEmpty();
    }

    @Test
    void theStockOutIsAlertedOnEachOfItsDays() {
        DemoAnomaly stockOut = truth.get(DemoAnomaly.Kind.STOCK_OUT);
        for (LocalDate date = stockOut.firstDay(); !date.isAfter(stockOut.lastDay()); date = date.plusDays(1)) {
            assertThat(alertsOf(stockOut.storeCode(), date, AlertKind.STOCK_OUT)).as("stock-out on %s", date)
                    .extracting(alert -> alert.subject().id()).containsExactly(stockOut.sku());
        }
        assertThat(alertsOf(stockOut.storeCode(), stockOut.lastDay().plusDays(1), AlertKind.STOCK_OUT))
                .as("received the morning after").isEmpty();
    }

    @Test
    void theDarkSensorIsAlertedForItsAfternoon() {
        DemoAnomaly dark = truth.get(DemoAnomaly.Kind.TRAFFIC_SENSOR_DARK);
        assertThat(alertsOf(dark.storeCode(), dark.firstDay(), AlertKind.SENSOR_DARK)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.subject().type()).isEqualTo(AlertSubject.Type.SENSOR);
                    assertThat(alert.figures()).startsWith(AlertFigure.time(LocalTime.of(12, 0)),
                            AlertFigure.time(LocalTime.of(18, 0)));
                });
    }

    @Test
    void theLowSalesDayIsAlertedFarBelowForecast() {
        DemoAnomaly low = truth.get(DemoAnomaly.Kind.LOW_SALES_DAY);
        assertThat(alertsOf(low.storeCode(), low.firstDay(), AlertKind.SALES_BELOW_FORECAST)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
                    double shortfall = ((AlertFigure.Share) alert.figures().get(2)).fraction();
                    assertThat(shortfall).isBetween(0.4, 0.8);
                });
    }

    @Test
    void daysWithoutASeededAnomalyStayQuiet() {
        // The last two weeks at every store but the discount-happy cashier's, whose days all carry his alert.
        LocalDate last = truth.get(DemoAnomaly.Kind.LOW_SALES_DAY).lastDay().plusDays(13);
        List<String> noisy = new ArrayList<>();
        int storeDays = 0;
        int total = 0;
        for (String code : List.of("S01", "S03", "S04")) {
            for (LocalDate date = last.minusDays(13); !date.isAfter(last); date = date.plusDays(1)) {
                if (seededAt(code, date)) {
                    continue;
                }
                List<Alert> day = alerts(code, date);
                storeDays++;
                total += day.size();
                if (day.size() > 1) {
                    noisy.add(code + " " + date + ": " + day);
                }
            }
        }
        assertThat(storeDays).isGreaterThanOrEqualTo(35);
        assertThat(noisy).as("store-days with more than one alert").isEmpty();
        assertThat(total).as("alerts on %d quiet store-days", storeDays).isLessThanOrEqualTo(storeDays / 10);
    }

    @Test
    void aFutureDayHasNoAlerts() {
        LocalDate tomorrow = now.atZone(stores.get("S01").timeZone()).toLocalDate().plusDays(1);
        assertThat(alerts("S01", tomorrow)).isEmpty();
    }

    private static boolean seededAt(String code, LocalDate date) {
        return truth.values().stream().anyMatch(a -> a.storeCode().equals(code) && a.covers(date));
    }

    private static List<Alert> alertsOf(String storeCode, LocalDate date, AlertKind kind) {
        return alerts(storeCode, date).stream().filter(alert -> alert.kind() == kind).toList();
    }

    private static List<Alert> alerts(String storeCode, LocalDate date) {
        return alerts.alerts(stores.get(storeCode).id(), date, now);
    }
}
