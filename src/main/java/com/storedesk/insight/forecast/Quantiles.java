package com.storedesk.insight.forecast;

import java.util.Arrays;

/** Sample quantiles for prediction bands. */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * The {@code p} quantile of the first {@code n} values of {@code sorted} (ascending) as a prediction
     * bound: the order statistic at rank {@code p (n + 1)} (interpolated), which a new draw from the same
     * distribution falls below with probability {@code p} (the Weibull plotting position). Clamped to
     * the smallest and largest value.
     */
    static double predictive(double[] sorted, int n, double p) {
        if (n == 0) {
            throw new IllegalArgumentException("No values");
        }
        double rank = p * (n + 1) - 1;
        if (rank <= 0) {
            return sorted[0];
        }
        if (rank >= n - 1) {
            return sorted[n - 1];
        }
        int below = (int) Math.floor(rank);
        double fraction = rank - below;
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
