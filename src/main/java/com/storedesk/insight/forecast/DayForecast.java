package com.storedesk.insight.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One store's forecast of one metric for one business date: the whole day and each hour the store
 * usually trades (hours in ascending order; an hour not listed is expected to be empty). The day's
 * band is its own, not the sum of the hours' bands, which would be too wide.
 */
public record DayForecast(long storeId, LocalDate date, ForecastMetric metric, ForecastBand day,
        List<HourForecast> hours) {

    public DayForecast {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(day, "day");
        hours = List.copyOf(hours);
    }

    public Optional<ForecastBand> hour(int hour) {
        return hours.stream().filter(h -> h.hour() == hour).map(HourForecast::band).findFirst();
    }

    /** The expected total of the hours before {@code hour} (store-local), for "so far today" comparisons. */
    public double expectedBefore(int hour) {
        return hours.stream().filter(h -> h.hour() < hour).mapToDouble(h -> h.band().expected()).sum();
    }
}
