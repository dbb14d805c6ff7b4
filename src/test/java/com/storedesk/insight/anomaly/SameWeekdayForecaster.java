package com.storedesk.insight.anomaly;

import com.storedesk.data.Database;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.TradingHour;
import com.storedesk.data.facts.TradingHoursRepository;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.forecast.ForecastBand;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.forecast.HourForecast;
import com.storedesk.insight.forecast.SalesForecaster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A deliberately simple forecaster for tests: each hour and the whole day are the median of the same
 * weekday in the previous {@value #WEEKS} weeks (days the store traded), with a band of three robust
 * standard deviations, and at least {@value #MIN_DAY_SPREAD} of the expected value for the day
 * ({@value #MIN_HOUR_SPREAD} for an hour), since a few weeks give a rough spread.
 */
final class SameWeekdayForecaster implements SalesForecaster {

    static final int WEEKS = 6;
    static final int MIN_WEEKS = 2;
    static final double MIN_DAY_SPREAD = 0.25;
    static final double MIN_HOUR_SPREAD = 0.35;

    private final StoreRepository stores;
    private final TradingHoursRepository hours;

    SameWeekdayForecaster(Database database) {
        this.stores = new StoreRepository(database);
        this.hours = new TradingHoursRepository(database);
    }

    @Override
    public DayForecast forecast(long storeId, LocalDate date, ForecastMetric metric) {
        if (metric != ForecastMetric.NET_SALES) {
            throw new UnsupportedOperationException(metric.name());
        }
        StoreSummary store = stores.listStores().stream().filter(s -> s.id() == storeId).findFirst().orElseThrow();
        Map<LocalDate, List<TradingHour>> weeks = hours.hours(storeId, store.timeZone(), date.minusWeeks(WEEKS),
                        date.minusDays(1)).stream()
                .filter(h -> h.date().getDayOfWeek() == date.getDayOfWeek())
                .collect(Collectors.groupingBy(TradingHour::date, TreeMap::new, Collectors.toList()));
        weeks.values().removeIf(day -> day.stream().mapToInt(TradingHour::transactions).sum() == 0);
        if (weeks.size() < MIN_WEEKS) {
            return new DayForecast(storeId, date, metric, ForecastBand.exactly(0), List.of());
        }
        double[] totals = weeks.values().stream()
                .mapToDouble(day -> day.stream().mapToLong(TradingHour::netMinor).sum()).toArray();
        List<HourForecast> hourly = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            int h = hour;
            double[] values = weeks.values().stream().mapToDouble(day -> day.stream()
                    .filter(t -> t.hour() == h).mapToLong(TradingHour::netMinor).sum()).toArray();
            if (RobustStats.median(values) > 0) {
                hourly.add(new HourForecast(hour, band(values, MIN_HOUR_SPREAD)));
            }
        }
        return new DayForecast(storeId, date, metric, band(totals, MIN_DAY_SPREAD), hourly);
    }

    private static ForecastBand band(double[] values, double minSpread) {
        double median = RobustStats.median(values);
        double halfWidth = Math.max(3 * RobustStats.robustSigma(values), minSpread * median);
        return new ForecastBand(median, Math.max(0, median - halfWidth), median + halfWidth);
    }
}
