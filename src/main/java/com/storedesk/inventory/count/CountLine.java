package com.storedesk.inventory.count;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product counted, or one code the catalog did not know (kept aside with its quantity).
 *
 * @param code the code as first scanned or typed
 * @param productId null for a code the catalog did not know
 * @param sku the product's SKU; null with {@code productId}
 * @param name the product's name; null with {@code productId}
 * @param expected on hand when the count was finished; null before
 * @param overTolerance whether the difference was beyond the tolerance; null before finishing
 * @param actionId the stock adjustment proposed for it, or null
 */
public record CountLine(long id, String code, Long productId, String sku, String name, BigDecimal quantity,
        BigDecimal expected, Boolean overTolerance, Long actionId) {

    public CountLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quantity, "quantity");
        if ((productId == null) != (sku == null) || (productId == null) != (name == null)) {
            throw new IllegalArgumentException("A known product has its SKU and name, an unknown code neither");
        }
    }

    /** Whether the catalog knew the code. */
    public boolean known() {
        return productId != null;
    }

    /** Counted minus expected, once finished; null before or for an unknown code. */
    public BigDecimal difference() {
        return expected == null ? null : quantity.subtract(expected);
    }
}
