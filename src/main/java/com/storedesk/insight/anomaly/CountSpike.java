package com.storedesk.insight.anomaly;

import java.util.Optional;

/**
 * Whether a day's count of events (refunds) is a spike against the usual days' counts. Days differ
 * more than chance alone explains (weekends, paydays), which the MAD measures; where the usual days
 * agree closely, the Poisson spread of their median stands in. A spike needs all of:
 * <ul>
 *   <li>a modified z-score of at least {@link RobustStats#OUTLIER_Z};</li>
 *   <li>a Poisson tail below {@link RobustStats#TAIL_PROBABILITY} at the usual count;</li>
 *   <li>at least {@value #MIN_RATIO} times the usual count and at least {@value #MIN_COUNT} events:
 *       a busy Saturday's returns are not a spike, three refunds where one is usual are not worth a look.</li>
 * </ul>
 */
final class CountSpike {

    static final double MIN_RATIO = 3;
    static final int MIN_COUNT = 5;
    /** A spike of this many usual days or more is critical. */
    static final double CRITICAL_RATIO = 5;

    /** @param usual the counts of comparable days, zeros included */
    static Optional<Severity> check(long count, double[] usual) {
        if (usual.length == 0 || count < MIN_COUNT) {
            return Optional.empty();
        }
        double median = RobustStats.median(usual);
        double sigma = RobustStats.robustSigma(usual);
        double poissonMean = Math.max(median, 1);
        boolean spike = RobustStats.z(count, median, sigma, Math.sqrt(poissonMean)) >= RobustStats.OUTLIER_Z
                && RobustStats.poissonTailAtLeast(count, poissonMean) < RobustStats.TAIL_PROBABILITY
                && count >= MIN_RATIO * median;
        if (!spike) {
            return Optional.empty();
        }
        return Optional.of(count >= CRITICAL_RATIO * poissonMean ? Severity.CRITICAL : Severity.WARNING);
    }

    static double usualCount(double[] usual) {
        return RobustStats.median(usual);
    }

    private CountSpike() {
    }
}
