package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A physical count that corrected a product's stock: what it found and what the system expected.
 *
 * @param delta counted minus expected, as the platform recorded it
 * @param countedLevel the level the count found, replayed back from the latest level (see
 *     {@link CountCorrectionRepository})
 */
public record CountCorrection(long productId, Instant countedAt, BigDecimal delta, BigDecimal countedLevel) {

    public CountCorrection {
        Objects.requireNonNull(countedAt, "countedAt");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(countedLevel, "countedLevel");
    }

    public BigDecimal expectedLevel() {
        return countedLevel.subtract(delta);
    }
}
