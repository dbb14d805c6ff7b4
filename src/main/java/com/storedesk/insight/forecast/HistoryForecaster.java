package com.storedesk.insight.forecast;

import com.storedesk.data.facts.HourlyValues;
import com.storedesk.data.facts.StoreHourHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link SalesForecaster} screens and alerts share: {@link ForecastModel} on the store's history
 * from the database. Only complete days count as history: a forecast for today or later is made
 * from the days up to yesterday, in the store's time zone. A store's history is read in one query
 * per metric and kept, so a dashboard refreshing every few seconds does not read it again; it is
 * read again when the store's day changes, after {@link #MAX_AGE}, or after {@link #forget}.
 * Thread-safe.
 */
public final class HistoryForecaster implements SalesForecaster {

    /** Late data (a store syncing after an outage) shows within this. */
    static final Duration MAX_AGE = Duration.ofMinutes(15);
    /** Read a few weeks more than the model needs, so a forecast for a recent past day reuses the read. */
    private static final int SPARE_DAYS = 35;

    private final StoreHourHistory history;
    private final MetricHistory metrics;
    private final ForecastModel model;
    private final Clock clock;
    private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();
    private final Map<Key, Loaded> loaded = new ConcurrentHashMap<>();

    public HistoryForecaster(StoreHourHistory history, ForecastModel model, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.metrics = new MetricHistory(history);
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DayForecast forecast(long storeId, LocalDate date, ForecastMetric metric) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(metric, "metric");
        Optional<ZoneId> zone = zone(storeId);
        if (zone.isEmpty()) {
            return ForecastModel.empty(storeId, date, metric);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone.get()));
        LocalDate historyEnd = date.isAfter(today) ? today : date;
        return model.forecast(storeId, metric, values(new Key(storeId, metric), historyEnd, today), date);
    }

    /** Drops what was read for the store, e.g. after its history was loaded again. */
    public void forget(long storeId) {
        loaded.keySet().removeIf(key -> key.storeId() == storeId);
        zones.remove(storeId);
    }

    private HourlyValues values(Key key, LocalDate historyEnd, LocalDate today) {
        Instant now = clock.instant();
        Loaded kept = loaded.get(key);
        if (kept != null && kept.serves(historyEnd, now)) {
            return kept.values();
        }
        LocalDate from = historyEnd.minusDays(ForecastModel.LOOKBACK_DAYS + SPARE_DAYS);
        // Up to today (not included), whichever date was asked: the model only looks before its date.
        HourlyValues values = metrics.read(key.storeId(), key.metric(), from, today);
        loaded.put(key, new Loaded(values, now));
        return values;
    }

    private Optional<ZoneId> zone(long storeId) {
        ZoneId known = zones.get(storeId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ZoneId> read = history.timeZone(storeId);
        read.ifPresent(zone -> zones.put(storeId, zone));
        return read;
    }

    private record Key(long storeId, ForecastMetric metric) {
    }

    private record Loaded(HourlyValues values, Instant readAt) {

        boolean serves(LocalDate historyEnd, Instant now) {
            return !values.from().isAfter(historyEnd.minusDays(ForecastModel.LOOKBACK_DAYS))
                    && !values.to().isBefore(historyEnd)
                    && Duration.between(readAt, now).compareTo(MAX_AGE) <= 0;
        }
    }
}
