package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.DiscountType;
import com.storedesk.core.MovementType;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each seeded anomaly shows in the events where {@link DemoAnomalies} says it is. */
class DemoAnomaliesTest {

    private final DemoHistory history = DemoHistory.standard();
    private final List<SaleRecorded> sales = history.completedSales();

    private DemoAnomaly anomaly(DemoAnomaly.Kind kind) {
        return DemoAnomalies.of(history.options).stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void oneOfEachKindInsideTheLastThirtyDays() {
        List<DemoAnomaly> anomalies = DemoAnomalies.of(history.options);
        assertThat(anomalies).extracting(DemoAnomaly::kind).containsExactlyInAnyOrder(DemoAnomaly.Kind.values());
        assertThat(anomalies).filteredOn(a -> a.kind() != DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER)
                .allSatisfy(a -> {
                    assertThat(a.firstDayOffset()).isBetween(-29, 0);
                    assertThat(a.lastDayOffset()).isBetween(a.firstDayOffset(), 0);
                    assertThat(a.firstDay()).isEqualTo(history.options.day(a.firstDayOffset()));
                });
        assertThat(anomalies).isEqualTo(history.chain.anomalies());
        assertThat(DemoAnomalies.of(history.options.withStores(1))).extracting(DemoAnomaly::storeCode).containsOnly("S01");
    }

    @Test
    void theDiscountHappyCashierDiscountsFiveTimesAsOftenAndTwiceAsDeep() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER);
        DemoStore store = history.store(anomaly.storeCode());
        Map<String, long[]> byCashier = new HashMap<>();
        Map<String, List<Integer>> percents = new HashMap<>();
        for (SaleRecorded sale : sales) {
            if (!sale.storeExternalId().equals(store.externalId())) {
                continue;
            }
            long[] counts = byCashier.computeIfAbsent(sale.cashierExternalId(), c -> new long[2]);
            counts[0]++;
            List<SaleRecorded.Discount> manual = sale.discounts().stream()
                    .filter(d -> sale.cashierExternalId().equals(d.appliedByExternalId())).toList();
            if (!manual.isEmpty()) {
                counts[1]++;
            }
            manual.stream().filter(d -> d.type() == DiscountType.PERCENT).forEach(d -> percents
                    .computeIfAbsent(sale.cashierExternalId(), c -> new ArrayList<>()).add(d.percent().intValue()));
        }
        long[] happy = byCashier.remove(anomaly.employeeExternalId());
        assertThat(happy[0]).as("sales rung by %s", anomaly.employeeName()).isGreaterThan(1000);
        double happyRate = happy[1] / (double) happy[0];
        List<Double> peerRates = byCashier.values().stream().filter(c -> c[0] > 300)
                .map(c -> c[1] / (double) c[0]).toList();
        assertThat(peerRates).hasSizeGreaterThan(4);
        assertThat(happyRate).isGreaterThan(3.5 * DemoHistory.median(peerRates));
        double happyDepth = percents.get(anomaly.employeeExternalId()).stream().mapToInt(Integer::intValue)
                .average().orElseThrow();
        double peerDepth = percents.entrySet().stream().filter(e -> !e.getKey().equals(anomaly.employeeExternalId()))
                .flatMap(e -> e.getValue().stream()).mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(happyDepth).isBetween(25.0, 40.0);
        assertThat(peerDepth).isBetween(10.0, 20.0);
    }

    @Test
    void theRefundSpikeDayHasAboutTenTimesTheUsualRefunds() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.REFUND_SPIKE);
        DemoStore store = history.store(anomaly.storeCode());
        LocalDate settled = history.options.firstHistoryDay().plusDays(ReturnsDesk.MAX_RETURN_LAG + 1);
        Map<LocalDate, List<RefundRecorded>> perDay = history.all(RefundRecorded.class).stream()
                .filter(r -> r.storeExternalId().equals(store.externalId()))
                .filter(r -> !history.dateOf(r).isBefore(settled))
                .collect(Collectors.groupingBy(history::dateOf));
        List<RefundRecorded> spike = perDay.remove(anomaly.firstDay());
        double usual = DemoHistory.median(perDay.values().stream().map(List::size).toList());
        assertThat(spike.size()).isGreaterThan((int) (5 * usual));
        long byClerk = spike.stream().filter(r -> r.employeeExternalId().equals(anomaly.employeeExternalId())).count();
        assertThat(byClerk).isGreaterThan(spike.size() / 2);
    }

    @Test
    void theStockOutShowsAsZeroOnHandNoSalesThenAReceipt() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.STOCK_OUT);
        DemoStore store = history.store(anomaly.storeCode());
        String product = "prod-" + anomaly.sku();
        Map<LocalDate, Long> unitsSold = sales.stream()
                .filter(s -> s.storeExternalId().equals(store.externalId()))
                .flatMap(s -> s.lines().stream().filter(l -> l.productExternalId().equals(product))
                        .map(l -> Map.entry(history.dateOf(s), l)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
        for (LocalDate day = anomaly.firstDay(); !day.isAfter(anomaly.lastDay()); day = day.plusDays(1)) {
            assertThat(unitsSold).as("sales on %s", day).doesNotContainKey(day);
        }
        assertThat(unitsSold.get(anomaly.firstDay().minusDays(2))).isGreaterThan(3);
        assertThat(unitsSold.get(anomaly.lastDay().plusDays(1))).isGreaterThan(3);
        List<StockCounted> counts = history.all(StockCounted.class).stream()
                .filter(c -> c.storeExternalId().equals(store.externalId()) && c.productExternalId().equals(product))
                .filter(c -> history.dateOf(c).equals(anomaly.firstDay()))
                .toList();
        assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c.onHand()).isZero());
        List<StockMoved> receipts = history.all(StockMoved.class).stream()
                .filter(m -> m.storeExternalId().equals(store.externalId()) && m.productExternalId().equals(product))
                .filter(m -> m.type() == MovementType.RECEIPT && history.dateOf(m).equals(anomaly.lastDay().plusDays(1)))
                .toList();
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).reference()).startsWith("PO-");
    }

    @Test
    void theDarkSensorReportsNothingAllAfternoonWhileSalesGoOn() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.TRAFFIC_SENSOR_DARK);
        DemoStore store = history.store(anomaly.storeCode());
        List<LocalTime> reported = history.all(TrafficCounted.class).stream()
                .filter(t -> t.storeExternalId().equals(store.externalId()) && history.dateOf(t).equals(anomaly.firstDay()))
                .map(t -> t.intervalStart().atZone(store.zone()).toLocalTime())
                .toList();
        assertThat(reported).isNotEmpty()
                .noneMatch(t -> !t.isBefore(LocalTime.NOON) && t.isBefore(LocalTime.of(18, 0)))
                .anyMatch(t -> t.isBefore(LocalTime.NOON))
                .anyMatch(t -> !t.isBefore(LocalTime.of(18, 0)));
        long afternoonSales = sales.stream()
                .filter(s -> s.storeExternalId().equals(store.externalId()) && history.dateOf(s).equals(anomaly.firstDay()))
                .map(s -> s.occurredAt().atZone(store.zone()).toLocalTime())
                .filter(t -> !t.isBefore(LocalTime.NOON) && t.isBefore(LocalTime.of(18, 0)))
                .count();
        assertThat(afternoonSales).isGreaterThan(80);
    }

    @Test
    void theLowSalesDayBringsFarLessThanTheSameWeekdayWhileTrafficIsNormal() {
        DemoAnomaly anomaly = anomaly(DemoAnomaly.Kind.LOW_SALES_DAY);
        DemoStore store = history.store(anomaly.storeCode());
        LocalDate day = anomaly.firstDay();
        Map<LocalDate, List<SaleRecorded>> perDay = sales.stream()
                .filter(s -> s.storeExternalId().equals(store.externalId()))
                .filter(s -> history.dateOf(s).getDayOfWeek() == day.getDayOfWeek())
                .collect(Collectors.groupingBy(history::dateOf));
        List<SaleRecorded> low = perDay.remove(day);
        double usual = DemoHistory.median(perDay.values().stream().map(List::size).toList());
        assertThat(low.size()).isLessThan((int) (0.6 * usual));
        assertThat(low).allSatisfy(s -> assertThat(s.tenders()).allSatisfy(
                t -> assertThat(t.type()).isIn(TenderType.CASH, TenderType.GIFT_CARD)));
        Map<LocalDate, Integer> visitors = history.all(TrafficCounted.class).stream()
                .filter(t -> t.storeExternalId().equals(store.externalId()))
                .filter(t -> history.dateOf(t).getDayOfWeek() == day.getDayOfWeek())
                .collect(Collectors.groupingBy(history::dateOf, Collectors.summingInt(TrafficCounted::visitorsIn)));
        int lowVisitors = visitors.remove(day);
        assertThat(lowVisitors).isGreaterThan((int) (0.75 * DemoHistory.median(List.copyOf(visitors.values()))));
    }
}
