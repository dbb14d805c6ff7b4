package com.storedesk.insight.forecast;

import com.storedesk.data.facts.HourlyValues;
import com.storedesk.data.facts.StoreHourHistory;
import java.time.LocalDate;
import java.util.Objects;

/** Where each {@link ForecastMetric}'s hourly history comes from. */
public final class MetricHistory {

    private final StoreHourHistory history;

    public MetricHistory(StoreHourHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /** The metric's values from {@code from} (inclusive) to {@code to} (exclusive): one query. */
    public HourlyValues read(long storeId, ForecastMetric metric, LocalDate from, LocalDate to) {
        return switch (metric) {
            case NET_SALES -> history.sales(storeId, from, to).netMinor();
            case TRANSACTIONS -> history.sales(storeId, from, to).transactions();
            case TRAFFIC_IN -> history.visitorsIn(storeId, from, to);
        };
    }
}
