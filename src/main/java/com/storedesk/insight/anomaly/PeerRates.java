package com.storedesk.insight.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cashiers whose rate of some event (discounted sales, voided sales) stands out from
 * their peers' at the same store over the same days. No fixed cut-off: a store where everyone
 * discounts often raises no alert, a store where one person does raises one.
 *
 * <p>A cashier is an outlier when all of these hold:
 * <ul>
 *   <li>the modified z-score of their rate against the peers' median and MAD is at least
 *       {@link RobustStats#OUTLIER_Z}, the MAD floored at the binomial spread of a rate measured on
 *       their number of sales (so a store whose cashiers happen to agree closely does not turn a
 *       small difference into an alarm);</li>
 *   <li>so many events are unlikely by chance at the peers' median rate
 *       (Poisson tail below {@link RobustStats#TAIL_PROBABILITY});</li>
 *   <li>the rate is at least {@value #MIN_RATIO} times the median, and the count at least
 *       {@value #MIN_EVENTS}: a difference someone would act on.</li>
 * </ul>
 * Only cashiers with {@value #MIN_TRIALS} sales or more take part, and at least {@value #MIN_PEERS}
 * must, or there are no peers to compare with.
 */
final class PeerRates {

    static final int MIN_TRIALS = 50;
    static final int MIN_PEERS = 4;
    static final int MIN_EVENTS = 5;
    static final double MIN_RATIO = 2;
    /** An outlier this far out, at this multiple of the median, is critical. */
    static final double CRITICAL_RATIO = 4;

    /** One cashier's events out of their trials. */
    record Rate(long employeeId, String name, long events, long trials) {
        double rate() {
            return trials == 0 ? 0 : (double) events / trials;
        }
    }

    record Outlier(Rate rate, double peerMedian, Severity severity) {
    }

    private PeerRates() {
    }

    static List<Outlier> outliers(List<Rate> rates) {
        List<Rate> peers = rates.stream().filter(r -> r.trials() >= MIN_TRIALS).toList();
        if (peers.size() < MIN_PEERS) {
            return List.of();
        }
        double[] values = peers.stream().mapToDouble(Rate::rate).toArray();
        double median = RobustStats.median(values);
        double sigma = RobustStats.robustSigma(values);
        List<Outlier> outliers = new ArrayList<>();
        for (Rate peer : peers) {
            // A median of zero (nobody else ever voids) still needs a rate for the chance spread.
            double usual = Math.max(median, 1.0 / peer.trials());
            double z = RobustStats.z(peer.rate(), median, sigma, RobustStats.binomialSigma(usual, peer.trials()));
            boolean outlier = z >= RobustStats.OUTLIER_Z
                    && peer.events() >= MIN_EVENTS
                    && peer.rate() >= MIN_RATIO * median
                    && RobustStats.poissonTailAtLeast(peer.events(), usual * peer.trials())
                            < RobustStats.TAIL_PROBABILITY;
            if (outlier) {
                boolean critical = peer.rate() >= CRITICAL_RATIO * median && z >= 2 * RobustStats.OUTLIER_Z;
                outliers.add(new Outlier(peer, median, critical ? Severity.CRITICAL : Severity.WARNING));
            }
        }
        return outliers;
    }
}
