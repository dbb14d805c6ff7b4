package com.storedesk.insight.district;

import java.util.OptionalDouble;

/**
 * Sales against forecast split into its drivers, each a fraction (+0.05 is 5 % above forecast):
 * sales = (1 + traffic) × (1 + conversion) × (1 + basket) − 1. Without door counts the split is
 * transactions × basket instead, and {@code traffic} and {@code conversion} are empty.
 */
public record VarianceExplanation(double sales, OptionalDouble traffic, OptionalDouble conversion,
        double transactions, double basket) {

    public boolean hasTraffic() {
        return traffic.isPresent() && conversion.isPresent();
    }
}
