package com.storedesk.insight.district;

import java.util.OptionalDouble;

/**
 * Splits sales against forecast into its drivers, so that they multiply back to it exactly:
 * sales = traffic × conversion × basket, each as (1 + change). Conversion against forecast is what
 * is left of transactions once traffic is taken out, and basket what is left of sales once
 * transactions are: (1 + conversion) = (1 + transactions) / (1 + traffic), (1 + basket) =
 * (1 + sales) / (1 + transactions). Multiplying, not adding, is what makes the parts add up for
 * large misses too.
 */
final class VarianceSplit {

    private VarianceSplit() {
    }

    /**
     * @param sales net sales against what the forecast expected so far (−0.12 is 12 % under)
     * @param transactions transactions against theirs
     * @param traffic visitors in against theirs; empty without trustworthy door counts
     */
    static VarianceExplanation split(double sales, double transactions, OptionalDouble traffic) {
        if (1 + transactions <= 0) {
            // No sale at all: there is no basket to speak of, the whole miss is in the transactions.
            return new VarianceExplanation(sales, OptionalDouble.empty(), OptionalDouble.empty(), sales, 0);
        }
        double basket = (1 + sales) / (1 + transactions) - 1;
        if (traffic.isEmpty() || 1 + traffic.getAsDouble() <= 0) {
            return new VarianceExplanation(sales, OptionalDouble.empty(), OptionalDouble.empty(), transactions, basket);
        }
        double conversion = (1 + transactions) / (1 + traffic.getAsDouble()) - 1;
        return new VarianceExplanation(sales, traffic, OptionalDouble.of(conversion), transactions, basket);
    }
}
