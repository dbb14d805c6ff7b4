package com.storedesk.inventory.count;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a count may be from the expected level before it becomes a proposed adjustment: a
 * difference is tolerated when it is at most {@code units}, or at most {@code percent} of the
 * expected level. Zero for both proposes every difference.
 */
public record CountTolerance(BigDecimal units, BigDecimal percent) {

    /**
     * Every difference on a small count, and up to 2 % of a large one: a miscounted case of 200
     * screws is counting noise, a missing bottle of perfume is not.
     */
    public static final CountTolerance DEFAULT = new CountTolerance(BigDecimal.ZERO, new BigDecimal("2"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CountTolerance {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(percent, "percent");
        if (units.signum() < 0 || percent.signum() < 0) {
            throw new IllegalArgumentException("A tolerance is not negative: " + units + " units, " + percent + " %");
        }
    }

    /** Whether counting {@code counted} where {@code expected} was on hand is within the tolerance. */
    public boolean allows(BigDecimal expected, BigDecimal counted) {
        BigDecimal difference = counted.subtract(expected).abs();
        if (difference.compareTo(units) <= 0) {
            return true;
        }
        // Compared as difference x 100 <= percent x expected, so no division rounds an edge case.
        return expected.signum() > 0 && difference.multiply(HUNDRED).compareTo(percent.multiply(expected)) <= 0;
    }
}
