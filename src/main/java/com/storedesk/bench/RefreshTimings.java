package com.storedesk.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * Times a piece of work the way a screen meets it: the first (cold) run apart, then warm runs
 * after a warm-up, summarised by median and 95th percentile in milliseconds.
 */
public record RefreshTimings(double firstMillis, double medianMillis, double p95Millis, int runs) {

    /** Runs {@code work} once cold, {@code warmUp} times untimed, then {@code runs} times timed. */
    public static RefreshTimings measure(Runnable work, int warmUp, int runs) {
        Objects.requireNonNull(work, "work");
        if (runs < 1 || warmUp < 0) {
            throw new IllegalArgumentException("runs must be positive and warm-up not negative");
        }
        double first = time(work);
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = time(work);
        }
        Arrays.sort(millis);
        return new RefreshTimings(first, percentile(millis, 0.5), percentile(millis, 0.95), runs);
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
