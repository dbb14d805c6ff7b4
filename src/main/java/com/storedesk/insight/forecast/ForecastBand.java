package com.storedesk.insight.forecast;

/**
 * An expected value with its prediction band ({@code low <= expected <= high}). A forecast is a
 * statistical estimate, not an amount of money, so it is a {@code double}; for sales it is in
 * minor units of the store's currency and is rounded to them where it is shown beside money.
 */
public record ForecastBand(double expected, double low, double high) {

    public ForecastBand {
        if (!(low <= expected && expected <= high) || Double.isNaN(expected)) {
            throw new IllegalArgumentException("Need low <= expected <= high: " + low + ", " + expected + ", " + high);
        }
    }

    /** Whether {@code actual} lies inside the band (its ends included). */
    public boolean contains(double actual) {
        return actual >= low && actual <= high;
    }

    public ForecastBand plus(ForecastBand other) {
        return new ForecastBand(expected + other.expected, low + other.low, high + other.high);
    }

    public static ForecastBand exactly(double value) {
        return new ForecastBand(value, value, value);
    }
}
