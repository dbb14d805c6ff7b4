package com.storedesk.insight.forecast;

import java.time.LocalDate;

/**
 * Forecasts a store's day from its own history before that day (never from the day itself or
 * later), so a past day's forecast is what the store would have been told that morning.
 */
public interface SalesForecaster {

    /**
     * @return the forecast, or a forecast with a zero band when the store has too little history
     *     (check {@link DayForecast#hours()} being empty)
     */
    DayForecast forecast(long storeId, LocalDate date, ForecastMetric metric);
}
