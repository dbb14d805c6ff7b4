package com.storedesk.insight.anomaly;

import java.util.Arrays;
import java.util.Collection;

/**
 * The statistics the alert rules share: robust location and spread (median and MAD), the modified
 * z-score built from them, and the Poisson tail that tells a real excess of events from luck.
 *
 * <p>Why median and MAD: the history an alert compares with contains the very anomalies alerts look
 * for (a cashier who discounts on every shift, a day of many refunds). A mean and standard deviation
 * are pulled towards them and hide them; the median and the median absolute deviation are not moved
 * by a minority of odd values (their breakdown point is 50 %).
 *
 * <p>Why {@value #OUTLIER_Z}: Iglewicz and Hoaglin's recommended cut-off for the modified z-score
 * {@code (x - median) / (1.4826 * MAD)}. For normal data that is 3.5 standard deviations, about one
 * value in 4,300 on the high side, so a store's dozen checks a day raise a false alarm rarely; and
 * it is low enough that a cashier discounting five times as often as their peers stands far above it.
 */
public final class RobustStats {

    /** Scales the MAD to estimate the standard deviation of normal data (1 / the normal's 75th percentile). */
    public static final double MAD_TO_SIGMA = 1.4826;
    /** The modified z-score above which a value is an outlier (Iglewicz and Hoaglin). */
    public static final double OUTLIER_Z = 3.5;
    /**
     * How unlikely an event count must be, given the usual rate, before it is called unusual: one in a
     * thousand. Counts of refunds and voids are small, where the normal approximation behind a z-score
     * understates the tail; the exact Poisson tail does not.
     */
    public static final double TAIL_PROBABILITY = 0.001;

    private RobustStats() {
    }

    /** The median; NaN for no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double median(Collection<? extends Number> values) {
        return median(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** The median absolute deviation from the median, unscaled; NaN for no values. */
    public static double mad(double[] values) {
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median(deviations);
    }

    /** The MAD scaled to a standard deviation: the robust spread of {@code values}. */
    public static double robustSigma(double[] values) {
        return MAD_TO_SIGMA * mad(values);
    }

    /**
     * The modified z-score of {@code value} against {@code median} and a spread of at least
     * {@code floor}. The floor stands in for the MAD when the reference values happen to agree
     * (a MAD of zero would make any difference infinite): callers pass the spread that chance alone
     * gives at their sample size.
     */
    public static double z(double value, double median, double sigma, double floor) {
        double scale = Math.max(sigma, floor);
        if (!(scale > 0)) {
            return value > median ? Double.POSITIVE_INFINITY : value < median ? Double.NEGATIVE_INFINITY : 0;
        }
        return (value - median) / scale;
    }

    /** The standard deviation of a rate measured on {@code trials} trials when the true rate is {@code rate}. */
    public static double binomialSigma(double rate, long trials) {
        if (trials <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(rate * (1 - rate) / trials);
    }

    /**
     * P(X >= count) for X ~ Poisson(mean): how likely so many events are when {@code mean} is usual.
     * Summed term by term in log space, exact for the counts alerts deal with.
     */
    public static double poissonTailAtLeast(long count, double mean) {
        if (count <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        // P(X >= k) = 1 - P(X <= k - 1); sum the smaller side to keep precision.
        double logTerm = -mean;
        double below = 0;
        for (long i = 0; i < count; i++) {
            if (i > 0) {
                logTerm += Math.log(mean) - Math.log(i);
            }
            below += Math.exp(logTerm);
        }
        if (below < 0.5) {
            return 1 - below;
        }
        double above = 0;
        logTerm = -mean;
        for (long i = 1; i <= count; i++) {
            logTerm += Math.log(mean) - Math.log(i);
        }
        for (long i = count; ; i++) {
            if (i > count) {
                logTerm += Math.log(mean) - Math.log(i);
            }
            double term = Math.exp(logTerm);
            above += term;
            if (i > mean && term < above * 1e-12) {
                return Math.min(1, above);
            }
        }
    }
}
