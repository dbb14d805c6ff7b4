package com.storedesk.insight.district;

import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.insight.dashboard.StoreDashboard;
import com.storedesk.insight.dashboard.StoreDashboardService;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.insight.kpi.KpiName;
import com.storedesk.insight.kpi.StoreDayKpis;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds a {@link DistrictView}: each store's dashboard for the day (so tiles and alert counts are
 * the dashboard's own), its last 14 days, its rank and the split of its variance, and the stores
 * whose discount, refund or void rate stands out. Blocking: call it off the FX thread.
 */
public final class DistrictService {

    /** Best first: furthest above forecast, then stores without a forecast by net sales, then by code. */
    static final Comparator<StoreDashboard> RANK_ORDER = Comparator
            .comparing((StoreDashboard d) -> vsForecast(d).isEmpty())
            .thenComparing(d -> -vsForecast(d).orElse(0))
            .thenComparing(d -> -netMinor(d))
            .thenComparing(d -> d.store().code());

    private final StoreRepository stores;
    private final StoreDashboardService dashboards;
    private final StoreDayReader reader;
    private final Clock clock;

    public DistrictService(StoreRepository stores, StoreDashboardService dashboards, StoreDayReader reader,
            Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The district on {@code date} (each store's local day), over the stores {@code session} may see. */
    public DistrictView load(LocalDate date, UserSession session) {
        List<StoreDashboard> days = new ArrayList<>();
        for (StoreSummary store : StoreAccess.visibleStores(session, stores.listStores())) {
            days.add(dashboards.load(session, store, date));
        }
        days.sort(RANK_ORDER);
        List<DistrictRow> rows = new ArrayList<>();
        List<DistrictOutliers.Sample> discounts = new ArrayList<>();
        List<DistrictOutliers.Sample> refunds = new ArrayList<>();
        List<DistrictOutliers.Sample> voids = new ArrayList<>();
        for (StoreDashboard day : days) {
            rows.add(row(day, rows.size() + 1));
            StoreDayKpis kpis = day.kpis();
            long sales = kpis.get(KpiName.TRANSACTIONS).value().longValue();
            rate(kpis.get(KpiName.DISCOUNT_RATE)).ifPresent(r -> discounts.add(new DistrictOutliers.Sample(day.store(),
                    r, sales)));
            rate(kpis.get(KpiName.REFUND_RATE)).ifPresent(r -> refunds.add(new DistrictOutliers.Sample(day.store(),
                    r, sales)));
            long voided = reader.voidedSales(day.store().id(), date);
            long rungUp = sales + voided;
            if (rungUp > 0) {
                voids.add(new DistrictOutliers.Sample(day.store(), (double) voided / rungUp, rungUp));
            }
        }
        List<StoreOutlier> outliers = new ArrayList<>();
        outliers.addAll(DistrictOutliers.find(OutlierRate.DISCOUNT, discounts));
        outliers.addAll(DistrictOutliers.find(OutlierRate.REFUND, refunds));
        outliers.addAll(DistrictOutliers.find(OutlierRate.VOID, voids));
        outliers.sort(Comparator.comparingDouble(StoreOutlier::z).reversed());
        Instant asOf = days.stream().map(StoreDashboard::asOf).max(Comparator.naturalOrder())
                .orElseGet(clock::instant);
        return new DistrictView(date, asOf, days.stream().anyMatch(StoreDashboard::live), rows, outliers);
    }

    private DistrictRow row(StoreDashboard day, int rank) {
        StoreDayKpis kpis = day.kpis();
        LocalDate date = day.date();
        List<DailyNet> lastDays = reader.dailyNet(day.store().id(), date.minusDays(DistrictRow.SPARKLINE_DAYS - 1),
                date).entrySet().stream().map(e -> new DailyNet(e.getKey(), e.getValue())).toList();
        return new DistrictRow(day.store(), kpis.get(KpiName.NET_SALES), kpis.get(KpiName.TRANSACTIONS),
                kpis.get(KpiName.CONVERSION), kpis.get(KpiName.AOV), lastDays, rank, day.alerts().size(),
                variance(kpis));
    }

    /** Sales against forecast split into traffic, conversion and basket; empty without a forecast. */
    static Optional<VarianceExplanation> variance(StoreDayKpis kpis) {
        Double sales = kpis.get(KpiName.NET_SALES).vsForecast();
        Double transactions = kpis.get(KpiName.TRANSACTIONS).vsForecast();
        if (sales == null || transactions == null) {
            return Optional.empty();
        }
        Double traffic = kpis.get(KpiName.TRAFFIC_IN).vsForecast();
        return Optional.of(VarianceSplit.split(sales, transactions,
                traffic == null ? OptionalDouble.empty() : OptionalDouble.of(traffic)));
    }

    private static OptionalDouble vsForecast(StoreDashboard day) {
        Double change = day.kpis().get(KpiName.NET_SALES).vsForecast();
        return change == null ? OptionalDouble.empty() : OptionalDouble.of(change);
    }

    private static long netMinor(StoreDashboard day) {
        return day.kpis().get(KpiName.NET_SALES).value().longValue();
    }

    /** A complete rate tile's value; empty when missing or incomplete. */
    private static OptionalDouble rate(Kpi kpi) {
        return kpi.value() == null || kpi.gap() != null ? OptionalDouble.empty()
                : OptionalDouble.of(kpi.value().doubleValue());
    }
}
