package com.storedesk.insight.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.TrafficCounted;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.StoreDataChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tiles from a small hand-written day, ingested through the real path into a real H2 file, against
 * values worked out by hand (see the comments by each figure).
 */
class KpiCalculatorTest {

    private static final String SOURCE = "test";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Database db;
    private static IngestService ingest;

    /** Three stores with the same sales: one fully equipped, one without counter or clock, one with a silent hour. */
    @BeforeAll
    static void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
        db = Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), clock);
        ingest = new IngestService(db, clock, new StoreDataChanges());
        ingestDay("A", true, true);
        ingestDay("B", false, false);
        ingestDay("C", true, true);
        ingest(List.of(sale("C", "S5", at(16, 5), line(1, "P2", "1", 250, 0))));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aHandWrittenDayGivesTheHandComputedTiles() {
        StoreDayKpis kpis = KpiCalculator.compute(facts("A"), endOfDay());

        // Sales: S1 2 lines gross 1000 + 2x250 = 1500, discount 100; S2 250; S3 2x1000 = 2000; S4 voided.
        // Refund of S2's line: 250. Net = 3750 - 100 - 250 = 3400.
        assertThat(value(kpis, KpiName.NET_SALES)).isEqualByComparingTo("3400");
        assertThat(value(kpis, KpiName.TRANSACTIONS)).isEqualByComparingTo("3");
        // (3750 - 100) / 3 = 1216.67 -> 1217 cents
        assertThat(value(kpis, KpiName.AOV)).isEqualByComparingTo("1217");
        // units 3 + 1 + 2 = 6 over 3 sales
        assertThat(value(kpis, KpiName.UNITS_PER_TRANSACTION)).isEqualByComparingTo("2.00");
        // door counts 5 + 3 + 4 + 0
        assertThat(value(kpis, KpiName.TRAFFIC_IN)).isEqualByComparingTo("12");
        assertThat(value(kpis, KpiName.CONVERSION)).isEqualByComparingTo("0.2500");
        // 100 / 3750 = 0.02667
        assertThat(value(kpis, KpiName.DISCOUNT_RATE)).isEqualByComparingTo("0.0267");
        // 250 / 3650 = 0.06849
        assertThat(value(kpis, KpiName.REFUND_RATE)).isEqualByComparingTo("0.0685");
        // 3400 over two four-hour shifts
        assertThat(value(kpis, KpiName.SALES_PER_LABOR_HOUR)).isEqualByComparingTo("425");
        assertThat(kpis.kpis()).allSatisfy(kpi -> assertThat(kpi.gap()).isNull());
        assertThat(kpis.darkHours()).isEmpty();
    }

    @Test
    void missingInputsAreNamedNotShownAsNumbers() {
        StoreDayKpis kpis = KpiCalculator.compute(facts("B"), endOfDay());

        assertThat(kpis.get(KpiName.TRAFFIC_IN).value()).isNull();
        assertThat(kpis.get(KpiName.TRAFFIC_IN).gap()).isEqualTo(KpiGap.NO_TRAFFIC_DATA);
        assertThat(kpis.get(KpiName.CONVERSION).gap()).isEqualTo(KpiGap.NO_TRAFFIC_DATA);
        assertThat(kpis.get(KpiName.SALES_PER_LABOR_HOUR).value()).isNull();
        assertThat(kpis.get(KpiName.SALES_PER_LABOR_HOUR).gap()).isEqualTo(KpiGap.NO_SHIFTS);
        assertThat(value(kpis, KpiName.NET_SALES)).isEqualByComparingTo("3400");
    }

    @Test
    void aCounterSilentWhileTheStoreSoldMakesTrafficIncompleteAndConversionMissing() {
        StoreDayKpis kpis = KpiCalculator.compute(facts("C"), endOfDay());

        assertThat(kpis.darkHours()).containsExactly(at(16, 0));
        assertThat(kpis.get(KpiName.TRAFFIC_IN).gap()).isEqualTo(KpiGap.SENSOR_DARK);
        assertThat(value(kpis, KpiName.TRAFFIC_IN)).isEqualByComparingTo("12");
        assertThat(kpis.get(KpiName.CONVERSION).value()).isNull();
        assertThat(kpis.get(KpiName.CONVERSION).gap()).isEqualTo(KpiGap.SENSOR_DARK);
    }

    @Test
    void aDayWithoutSalesHasNothingToAverage() {
        StoreDayKpis kpis = KpiCalculator.compute(new StoreDayFacts(List.of(), List.of(), List.of()), endOfDay());

        assertThat(value(kpis, KpiName.NET_SALES)).isZero();
        assertThat(kpis.get(KpiName.AOV).gap()).isEqualTo(KpiGap.NO_SALES);
        assertThat(kpis.get(KpiName.UNITS_PER_TRANSACTION).gap()).isEqualTo(KpiGap.NO_SALES);
        assertThat(kpis.get(KpiName.DISCOUNT_RATE).gap()).isEqualTo(KpiGap.NO_SALES);
    }

    @Test
    void cuttingADayKeepsEarlierHoursAndScalesTheRunningOne() {
        // 10:30: hour 10 half gone (S1 + S2 = 2 sales, gross 1750), hour 14 not yet; shift one 1 h in.
        StoreDayFacts cut = facts("A").cutAt(at(10, 30));
        StoreDayKpis kpis = KpiCalculator.compute(cut, at(10, 30));

        assertThat(value(kpis, KpiName.TRANSACTIONS)).isEqualByComparingTo("1");
        assertThat(value(kpis, KpiName.NET_SALES)).isEqualByComparingTo("825"); // (1750 - 100) / 2
        assertThat(value(kpis, KpiName.TRAFFIC_IN)).isEqualByComparingTo("8"); // 10:00 and 10:15 intervals
        assertThat(value(kpis, KpiName.SALES_PER_LABOR_HOUR)).isEqualByComparingTo("825");
    }

    @Test
    void comparisonsAreRelativeForAmountsAndInPointsForRates() {
        StoreDayKpis today = KpiCalculator.compute(facts("A"), endOfDay());
        StoreDayKpis lastWeek = KpiCalculator.compute(facts("A").cutAt(at(14, 0)), endOfDay());

        StoreDayKpis compared = KpiComparisons.compare(today, lastWeek, new ExpectedSoFar(4000, 4, 10));

        // last week (cut at 14:00): net 1650, discount rate 100/1750
        assertThat(compared.get(KpiName.NET_SALES).vsLastWeek()).isCloseTo(3400.0 / 1650 - 1, within());
        assertThat(compared.get(KpiName.DISCOUNT_RATE).vsLastWeek()).isCloseTo(0.0267 - 0.0571, within());
        assertThat(compared.get(KpiName.NET_SALES).vsForecast()).isCloseTo(-0.15, within());
        assertThat(compared.get(KpiName.TRANSACTIONS).vsForecast()).isCloseTo(-0.25, within());
        assertThat(compared.get(KpiName.TRAFFIC_IN).vsForecast()).isCloseTo(0.2, within());
        assertThat(compared.get(KpiName.CONVERSION).vsForecast()).isCloseTo(0.25 - 0.4, within());
        assertThat(compared.get(KpiName.AOV).vsForecast()).isNull();
        assertThat(KpiComparisons.compare(today, lastWeek, ExpectedSoFar.NONE).get(KpiName.NET_SALES).vsForecast())
                .isNull();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-3);
    }

    private static StoreDayFacts facts(String store) {
        long storeId = new StoreRepository(db).listStores().stream().filter(s -> s.externalId().equals(store))
                .findFirst().orElseThrow().id();
        StoreDayReader reader = new StoreDayReader(db);
        return new StoreDayFacts(reader.hours(storeId, DAY), reader.traffic(storeId, DAY), reader.shifts(storeId, DAY));
    }

    private static BigDecimal value(StoreDayKpis kpis, KpiName name) {
        return kpis.get(name).value();
    }

    private static void ingestDay(String store, boolean withTraffic, boolean withShifts) {
        List<RetailEvent> events = new ArrayList<>();
        events.add(new StoreUpserted(SOURCE, store, "C" + store, "Test store " + store, NEW_YORK, USD, "New York",
                "NY", "US", "MALL", List.of()));
        events.add(product("P1", 1000, 400L));
        events.add(product("P2", 250, 100L));
        events.add(new EmployeeUpserted(SOURCE, store + "E1", store, "Ann Example", "CASHIER", true));
        events.add(new EmployeeUpserted(SOURCE, store + "E2", store, "Bo Example", "CASHIER", true));
        SaleRecorded.Line discounted = new SaleRecorded.Line(1, "P1", BigDecimal.ONE, 1000, 100, 400L);
        events.add(sale(store, "S1", at(10, 5), discounted, line(2, "P2", "2", 250, 0)));
        events.add(sale(store, "S2", at(10, 40), line(1, "P2", "1", 250, 0)));
        events.add(sale(store, "S3", at(14, 10), line(1, "P1", "2", 1000, 0)));
        SaleRecorded s4 = sale(store, "S4", at(14, 20), line(1, "P1", "1", 1000, 0));
        events.add(new SaleRecorded(SOURCE, s4.externalId(), store, null, null, null, s4.occurredAt(), at(14, 25),
                SaleStatus.VOIDED, at(14, 25), null, "wrong item", USD, 0, s4.lines(), s4.tenders(), List.of()));
        events.add(new RefundRecorded(SOURCE, store + "R1", store + "S2", store, null, at(14, 30), USD, 250,
                "damaged", List.of(new RefundRecorded.Line(1, 1, "P2", BigDecimal.ONE, 250, true))));
        if (withTraffic) {
            events.add(traffic(store, "T1", at(10, 0), 5));
            events.add(traffic(store, "T2", at(10, 15), 3));
            events.add(traffic(store, "T3", at(14, 0), 4));
            events.add(traffic(store, "T4", at(14, 15), 0));
        }
        if (withShifts) {
            events.add(new ShiftClocked(SOURCE, store + "SH1", store, store + "E1", null, null, at(9, 30),
                    at(13, 30), "CASHIER"));
            events.add(new ShiftClocked(SOURCE, store + "SH2", store, store + "E2", null, null, at(13, 0),
                    at(17, 0), "CASHIER"));
        }
        ingest(events);
    }

    private static void ingest(List<RetailEvent> events) {
        assertThat(ingest.ingest(events).rejections()).isEmpty();
    }

    private static ProductUpserted product(String id, long priceMinor, Long costMinor) {
        return new ProductUpserted(SOURCE, id, "SKU-" + id, null, "Product " + id, "Grocery", "EACH", costMinor,
                priceMinor, USD, false, null, true);
    }

    private static SaleRecorded.Line line(int lineNo, String product, String quantity, long unitPriceMinor,
            long discountMinor) {
        return new SaleRecorded.Line(lineNo, product, new BigDecimal(quantity), unitPriceMinor, discountMinor, null);
    }

    private static SaleRecorded sale(String store, String id, Instant at, SaleRecorded.Line... lines) {
        long total = List.of(lines).stream().mapToLong(SaleRecorded.Line::netMinor).sum();
        return new SaleRecorded(SOURCE, store + id, store, null, null, null, at, at, SaleStatus.COMPLETED, null, null, null,
                USD, 0, List.of(lines), List.of(new SaleRecorded.Tender(TenderType.CARD, total, "VISA")), List.of());
    }

    private static TrafficCounted traffic(String store, String id, Instant start, int in) {
        return new TrafficCounted(SOURCE, store + id, store, "door-1", start, 15, in, in);
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant();
    }

    private static Instant endOfDay() {
        return DAY.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
    }
}
