package com.storedesk.insight.forecast;

import com.storedesk.data.facts.HourlyValues;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A store whose truth is known: a day's total is {@code base} × its weekday's factor × a weekly growth,
 * spread over the hours by a weekday shape (weekdays 9-19, Saturday 10-17, Sunday 11-16), with optional
 * noise on each day and each hour (log-normal, so values stay positive).
 */
final class SyntheticStore {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final double[] WEEKDAYS = {0.8, 0.85, 0.9, 1.0, 1.2, 1.6, 0.65};

    private static final double[] WEEKDAY_HOURS = hours(9, 1, 2, 3, 5, 5, 3, 2, 3, 5, 4, 2);
    private static final double[] SATURDAY_HOURS = hours(10, 2, 4, 6, 6, 5, 4, 3, 2);
    private static final double[] SUNDAY_HOURS = hours(11, 3, 5, 5, 4, 3, 2);

    private final double base;
    private final double weeklyGrowth;
    private final double dayNoise;
    private final double hourNoise;
    private final long seed;

    private SyntheticStore(double base, double weeklyGrowth, double dayNoise, double hourNoise, long seed) {
        this.base = base;
        this.weeklyGrowth = weeklyGrowth;
        this.dayNoise = dayNoise;
        this.hourNoise = hourNoise;
        this.seed = seed;
    }

    /** $10,000 on an average day, in cents; no growth, no noise. */
    static SyntheticStore exact() {
        return new SyntheticStore(1_000_000, 1, 0, 0, 1);
    }

    SyntheticStore growing(double factorPerWeek) {
        return new SyntheticStore(base, factorPerWeek, dayNoise, hourNoise, seed);
    }

    /** @param day standard deviation of a day's log total; @param hour of an hour's log value around its share */
    SyntheticStore noisy(double day, double hour, long newSeed) {
        return new SyntheticStore(base, weeklyGrowth, day, hour, newSeed);
    }

    /** The expected (noise-free) value of an hour. */
    double truth(LocalDate date, int hour) {
        return truthDay(date) * shape(date.getDayOfWeek())[hour];
    }

    double truthDay(LocalDate date) {
        double weeks = ChronoUnit.DAYS.between(START, date) / 7.0;
        return base * WEEKDAYS[date.getDayOfWeek().getValue() - 1] * Math.pow(weeklyGrowth, weeks);
    }

    /** The store's values from {@link #START} for {@code days} days. */
    HourlyValues history(int days) {
        return history(days, (date, hour) -> 1.0);
    }

    /** As {@link #history(int)}, each hour multiplied by {@code change} (0 closes it). */
    HourlyValues history(int days, BiFunction<LocalDate, Integer, Double> change) {
        HourlyValues.Builder builder = HourlyValues.builder(START, START.plusDays(days));
        for (int d = 0; d < days; d++) {
            LocalDate date = START.plusDays(d);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + d);
            double dayFactor = Math.exp(dayNoise * random.nextGaussian() - dayNoise * dayNoise / 2);
            for (int h = 0; h < HourlyValues.HOURS; h++) {
                double hourFactor = Math.exp(hourNoise * random.nextGaussian() - hourNoise * hourNoise / 2);
                long value = Math.round(truth(date, h) * dayFactor * hourFactor * change.apply(date, h));
                builder.add(date, h, value);
            }
        }
        return builder.build();
    }

    /** Whether the store trades in this hour on this weekday. */
    static boolean trades(DayOfWeek day, int hour) {
        return shape(day)[hour] > 0;
    }

    private static double[] shape(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> SATURDAY_HOURS;
            case SUNDAY -> SUNDAY_HOURS;
            default -> WEEKDAY_HOURS;
        };
    }

    private static double[] hours(int first, double... weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] shares = new double[HourlyValues.HOURS];
        for (int i = 0; i < weights.length; i++) {
            shares[first + i] = weights[i] / sum;
        }
        return shares;
    }
}
