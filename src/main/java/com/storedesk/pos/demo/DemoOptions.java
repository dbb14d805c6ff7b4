package com.storedesk.pos.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What demo chain to simulate. The same options always give the same events.
 *
 * @param seed drives every random choice: customers, staff names, sales, weather
 * @param stores how many stores, 1 to {@value StoreSites#MAX_STORES}; the first four are the four profiles
 * @param days how many complete store-local days of history, ending {@code lastHistoryDay}
 * @param speed live mode runs this many times the default rate of sales (1 = a few a minute per store)
 * @param lastHistoryDay the last day of history; anomalies and promotions are placed relative to it
 */
public record DemoOptions(long seed, int stores, int days, double speed, LocalDate lastHistoryDay) {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_STORES = 4;
    public static final int DEFAULT_DAYS = 90;
    public static final double DEFAULT_SPEED = 1;
    static final int MAX_DAYS = 3660;
    public static final double MAX_SPEED = 1000;

    public DemoOptions {
        if (stores < 1 || stores > StoreSites.MAX_STORES) {
            throw new IllegalArgumentException("stores must be 1.." + StoreSites.MAX_STORES + ": " + stores);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ": " + days);
        }
        if (!(speed > 0 && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be above 0 and at most " + MAX_SPEED + ": " + speed);
        }
        Objects.requireNonNull(lastHistoryDay, "lastHistoryDay");
    }

    /** Seed 42, four stores, 90 days, real-time live mode, history up to yesterday. */
    public static DemoOptions defaults(Clock clock) {
        return new DemoOptions(DEFAULT_SEED, DEFAULT_STORES, DEFAULT_DAYS, DEFAULT_SPEED,
                yesterday(clock, DEFAULT_STORES));
    }

    /**
     * Yesterday in the chain's westernmost store, so that no store's history day is still
     * running: a minute after midnight in New York it is still yesterday in Chicago. Live mode
     * catches up the days after it in the other stores.
     */
    static LocalDate yesterday(Clock clock, int stores) {
        LocalDate earliest = null;
        for (int i = 0; i < stores; i++) {
            LocalDate local = LocalDate.now(clock.withZone(StoreSites.site(i).zone()));
            if (earliest == null || local.isBefore(earliest)) {
                earliest = local;
            }
        }
        return earliest.minusDays(1);
    }

    public LocalDate firstHistoryDay() {
        return lastHistoryDay.minusDays(days - 1L);
    }

    /** The date {@code offset} days from the last history day (0 is that day, -1 the day before). */
    public LocalDate day(int offset) {
        return lastHistoryDay.plusDays(offset);
    }

    public int offsetOf(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(lastHistoryDay, date));
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, stores, days, speed, lastHistoryDay);
    }

    public DemoOptions withStores(int newStores) {
        return new DemoOptions(seed, newStores, days, speed, lastHistoryDay);
    }

    public DemoOptions withDays(int newDays) {
        return new DemoOptions(seed, stores, newDays, speed, lastHistoryDay);
    }

    public DemoOptions withSpeed(double newSpeed) {
        return new DemoOptions(seed, stores, days, newSpeed, lastHistoryDay);
    }

    public DemoOptions withLastHistoryDay(LocalDate newLastHistoryDay) {
        return new DemoOptions(seed, stores, days, speed, newLastHistoryDay);
    }
}
