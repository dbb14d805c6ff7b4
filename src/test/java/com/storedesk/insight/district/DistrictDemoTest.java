package com.storedesk.insight.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.storedesk.app.AppContext;
import com.storedesk.data.facts.CashierActivity;
import com.storedesk.data.facts.CashierActivityRepository;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.insight.dashboard.StoreDashboard;
import com.storedesk.insight.kpi.KpiName;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.SeededDemo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The district view of the seeded demo chain (four stores, six weeks). */
class DistrictDemoTest {

    private static AppContext context;
    private static LocalDate lastDay;

    @BeforeAll
    static void open() {
        context = SeededDemo.context();
        lastDay = SeededDemo.options().lastHistoryDay();
    }

    @Test
    void everyStoreHasARowWithTheDashboardsOwnFigures() {
        DistrictView view = context.districts().load(lastDay, context.session());

        assertThat(view.date()).isEqualTo(lastDay);
        assertThat(view.live()).isFalse();
        assertThat(view.rows()).hasSize(4);
        assertThat(view.rows()).extracting(DistrictRow::rank).containsExactly(1, 2, 3, 4);
        for (DistrictRow row : view.rows()) {
            StoreDashboard dashboard = context.dashboards().load(context.session(), row.store(), lastDay);
            assertThat(row.netSales()).isEqualTo(dashboard.kpis().get(KpiName.NET_SALES));
            assertThat(row.transactions()).isEqualTo(dashboard.kpis().get(KpiName.TRANSACTIONS));
            assertThat(row.conversion()).isEqualTo(dashboard.kpis().get(KpiName.CONVERSION));
            assertThat(row.averageOrder()).isEqualTo(dashboard.kpis().get(KpiName.AOV));
            assertThat(row.alertCount()).as("alerts of %s", row.store().code()).isEqualTo(dashboard.alerts().size());

            assertThat(row.lastDays()).hasSize(DistrictRow.SPARKLINE_DAYS);
            assertThat(row.lastDays().get(0).date()).isEqualTo(lastDay.minusDays(13));
            assertThat(row.lastDays()).isSortedAccordingTo(Comparator.comparing(DailyNet::date));
            DailyNet last = row.lastDays().get(DistrictRow.SPARKLINE_DAYS - 1);
            assertThat(last.date()).isEqualTo(lastDay);
            assertThat(last.netMinor()).as("the sparkline's last day is the net sales tile")
                    .isEqualTo(row.netSales().value().longValueExact());
            assertThat(row.lastDays()).allSatisfy(day -> assertThat(day.netMinor()).isPositive());
        }
        assertThat(view.rows().stream().filter(r -> r.alertCount() > 0)).as("the discount-happy cashier's store")
                .isNotEmpty();
    }

    @Test
    void theRankFollowsSalesAgainstForecastAndTheSplitMultipliesBack() {
        DistrictView view = context.districts().load(lastDay, context.session());

        List<Double> vsForecast = view.rows().stream().map(r -> r.netSales().vsForecast()).toList();
        assertThat(vsForecast).doesNotContainNull().isSortedAccordingTo(Comparator.reverseOrder());
        for (DistrictRow row : view.rows()) {
            VarianceExplanation v = row.variance().orElseThrow();
            assertThat(v.sales()).isEqualTo(row.netSales().vsForecast());
            assertThat(v.transactions()).isEqualTo(row.transactions().vsForecast());
            assertThat(v.hasTraffic()).as("door counts at %s", row.store().code()).isTrue();
            assertThat((1 + v.traffic().getAsDouble()) * (1 + v.conversion().getAsDouble()) * (1 + v.basket()) - 1)
                    .isCloseTo(v.sales(), within(1e-9));
        }
    }

    @Test
    void withoutForecastStoresRankByNetSalesAndHaveNoExplanation() {
        // The first history days: under two weeks of history, no forecast yet.
        LocalDate early = lastDay.minusDays(SeededDemo.DAYS - 3);
        DistrictView view = context.districts().load(early, context.session());

        assertThat(view.rows()).hasSize(4).allSatisfy(row -> assertThat(row.variance()).isEmpty());
        assertThat(view.rows()).extracting(r -> r.netSales().value().longValueExact())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theRefundSpikeStandsOutAndQuietDaysFlagNothing() {
        DemoAnomaly spike = SeededDemo.anomalies().stream().filter(a -> a.kind() == DemoAnomaly.Kind.REFUND_SPIKE)
                .findFirst().orElseThrow();
        DistrictView spikeDay = context.districts().load(spike.firstDay(), context.session());
        assertThat(spikeDay.outliers()).singleElement().satisfies(o -> {
            assertThat(o.store().code()).isEqualTo(spike.storeCode());
            assertThat(o.rate()).isEqualTo(OutlierRate.REFUND);
            assertThat(o.storeRate()).isGreaterThan(4 * o.districtMedian());
        });

        // A store's day with a one-off seeded anomaly is no ordinary day (the low sales day's few sales
        // make its refunds a large share); the discount-happy cashier works every day, so counts as ordinary.
        List<DemoAnomaly> oneOffs = SeededDemo.anomalies().stream()
                .filter(a -> a.kind() != DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER).toList();
        List<String> flagged = new ArrayList<>();
        for (LocalDate date = lastDay.minusDays(20); !date.isAfter(lastDay); date = date.plusDays(1)) {
            LocalDate day = date;
            context.districts().load(date, context.session()).outliers().stream()
                    .filter(o -> oneOffs.stream().noneMatch(a -> a.storeCode().equals(o.store().code()) && a.covers(day)))
                    .forEach(o -> flagged.add(day + " " + o.store().code() + " " + o.rate() + " " + o.storeRate()));
        }
        assertThat(flagged).as("outliers on three weeks of ordinary store-days").isEmpty();
    }

    @Test
    void voidedSalesAreTheCashiersVoidsSummed() {
        StoreDayReader reader = new StoreDayReader(context.database());
        CashierActivityRepository cashiers = new CashierActivityRepository(context.database());
        long total = 0;
        for (var store : context.stores().listStores()) {
            long voided = reader.voidedSales(store.id(), lastDay.minusDays(1));
            assertThat(voided).isEqualTo(cashiers.activity(store.id(), lastDay.minusDays(1), lastDay.minusDays(1))
                    .stream().mapToLong(CashierActivity::voidedSales).sum());
            total += voided;
        }
        assertThat(total).as("the demo voids some sales every day").isPositive();
    }

    @Test
    void aUserSeesOnlyTheirStores() {
        var first = context.stores().listStores().get(0);
        UserSession one = new UserSession("Dana", Role.DISTRICT_MANAGER, false, Set.of(first.id()));

        DistrictView view = context.districts().load(lastDay, one);

        assertThat(view.rows()).singleElement().satisfies(row -> {
            assertThat(row.store()).isEqualTo(first);
            assertThat(row.rank()).isEqualTo(1);
        });
        assertThat(view.outliers()).as("one store has no district to compare with").isEmpty();
    }
}
