package com.storedesk.insight.dashboard;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.HourSales;
import com.storedesk.data.facts.ProductDaySales;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.insight.anomaly.StoreAlerts;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.forecast.ForecastBand;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.forecast.SalesForecaster;
import com.storedesk.insight.kpi.ExpectedSoFar;
import com.storedesk.insight.kpi.KpiCalculator;
import com.storedesk.insight.kpi.KpiComparisons;
import com.storedesk.insight.kpi.StoreDayFacts;
import com.storedesk.insight.kpi.StoreDayKpis;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Builds a {@link StoreDashboard}. Reads one store-day and the same weekday a week earlier (cut at
 * the same local time while the day is running), asks the forecaster for the day and the alert
 * rules for what stands out, and puts it together. Blocking: call it off the FX thread.
 */
public final class StoreDashboardService {

    /** Products in each of the top and bottom lists. */
    public static final int PRODUCTS = 5;
    /** Sales in the live feed. */
    public static final int LATEST_SALES = 25;

    private final StoreDayReader reader;
    private final SalesForecaster forecaster;
    private final StoreAlerts alerts;
    private final Clock clock;

    public StoreDashboardService(StoreDayReader reader, SalesForecaster forecaster, StoreAlerts alerts, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The store's today in its own time zone. */
    public LocalDate today(StoreSummary store) {
        return LocalDate.now(clock.withZone(store.timeZone()));
    }

    /** The store-day as {@code session} may see it: refused when the store is not one of theirs. */
    public StoreDashboard load(UserSession session, StoreSummary store, LocalDate date) {
        StoreAccess.require(session, store.id());
        Instant now = clock.instant();
        ZonedDateTime endOfDay = date.plusDays(1).atStartOfDay(store.timeZone());
        boolean live = now.isBefore(endOfDay.toInstant()) && !now.isBefore(date.atStartOfDay(store.timeZone())
                .toInstant());
        Instant asOf = live ? now : endOfDay.toInstant();
        ZonedDateTime localAsOf = asOf.atZone(store.timeZone());

        StoreDayFacts facts = facts(store.id(), date);
        Instant lastWeekCut = date.minusDays(7).atTime(localAsOf.toLocalTime()).atZone(store.timeZone()).toInstant();
        StoreDayFacts lastWeekFacts = live ? facts(store.id(), date.minusDays(7)).cutAt(lastWeekCut)
                : facts(store.id(), date.minusDays(7));
        Instant lastWeekEnd = live ? lastWeekCut : date.minusDays(6).atStartOfDay(store.timeZone()).toInstant();

        DayForecast sales = forecaster.forecast(store.id(), date, ForecastMetric.NET_SALES);
        DayForecast transactions = forecaster.forecast(store.id(), date, ForecastMetric.TRANSACTIONS);
        DayForecast traffic = forecaster.forecast(store.id(), date, ForecastMetric.TRAFFIC_IN);
        OptionalInt currentHour = live ? OptionalInt.of(localAsOf.getHour()) : OptionalInt.empty();
        ExpectedSoFar expected = new ExpectedSoFar(expected(sales, localAsOf, live),
                expected(transactions, localAsOf, live), expected(traffic, localAsOf, live));

        StoreDayKpis kpis = KpiComparisons.compare(KpiCalculator.compute(facts, asOf),
                KpiCalculator.compute(lastWeekFacts, lastWeekEnd), expected);
        List<ProductDaySales> products = new ArrayList<>(reader.products(store.id(), date));
        products.sort(Comparator.comparingLong(ProductDaySales::netMinor).reversed()
                .thenComparing(ProductDaySales::sku));
        List<ProductDaySales> top = products.subList(0, Math.min(PRODUCTS, products.size()));
        List<ProductDaySales> bottom = products.size() <= PRODUCTS ? List.of()
                : reversed(products.subList(Math.max(PRODUCTS, products.size() - PRODUCTS), products.size()));
        return new StoreDashboard(store, date, asOf, live, kpis, List.of(sales, transactions, traffic), hourBars(store, facts, sales), currentHour, top,
                bottom, reader.latestSales(store.id(), date, LATEST_SALES), alerts.alerts(store.id(), date, asOf));
    }

    private StoreDayFacts facts(long storeId, LocalDate date) {
        return new StoreDayFacts(reader.hours(storeId, date), reader.traffic(storeId, date),
                reader.shifts(storeId, date));
    }

    /** Every hour that sold or is forecast to, in order. */
    private static List<HourBar> hourBars(StoreSummary store, StoreDayFacts facts, DayForecast forecast) {
        long[] net = new long[24];
        boolean[] sold = new boolean[24];
        for (HourSales hour : facts.hours()) {
            int h = hour.hourStart().atZone(store.timeZone()).getHour();
            net[h] += hour.netMinor();
            sold[h] = true;
        }
        List<HourBar> bars = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            ForecastBand band = forecast.hour(h).orElse(null);
            if (sold[h] || band != null) {
                bars.add(new HourBar(h, net[h], band));
            }
        }
        return bars;
    }

    /** The forecast up to the moment: the whole day, or today's past hours and the running share of this one. */
    private static double expected(DayForecast forecast, ZonedDateTime localAsOf, boolean live) {
        if (forecast.hours().isEmpty()) {
            return Double.NaN;
        }
        if (!live) {
            return forecast.day().expected();
        }
        int hour = localAsOf.getHour();
        double share = (localAsOf.getMinute() * 60 + localAsOf.getSecond()) / 3600.0;
        return forecast.expectedBefore(hour) + share * forecast.hour(hour).map(ForecastBand::expected).orElse(0.0);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
