package com.storedesk.insight.forecast;

import static com.storedesk.data.facts.HourlyValues.HOURS;

import com.storedesk.data.facts.HourlyValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick a forecast has to beat: each hour as it was in the same hour of the same weekday a
 * week before. Its band is the value itself: it makes no claim about its own error.
 */
public final class SeasonalNaive {

    private SeasonalNaive() {
    }

    public static DayForecast forecast(long storeId, ForecastMetric metric, HourlyValues history, LocalDate date) {
        LocalDate weekBefore = date.minusWeeks(1);
        if (!history.covers(weekBefore)) {
            return ForecastModel.empty(storeId, date, metric);
        }
        List<HourForecast> hours = new ArrayList<>();
        for (int h = 0; h < HOURS; h++) {
            long value = history.get(weekBefore, h);
            if (value != 0) {
                hours.add(new HourForecast(h, ForecastBand.exactly(value)));
            }
        }
        return new DayForecast(storeId, date, metric, ForecastBand.exactly(history.dayTotal(weekBefore)), hours);
    }
}
