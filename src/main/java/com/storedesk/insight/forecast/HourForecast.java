package com.storedesk.insight.forecast;

import java.util.Objects;

/** The forecast for one store-local hour of the day (0-23). */
public record HourForecast(int hour, ForecastBand band) {

    public HourForecast {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be 0-23: " + hour);
        }
        Objects.requireNonNull(band, "band");
    }
}
