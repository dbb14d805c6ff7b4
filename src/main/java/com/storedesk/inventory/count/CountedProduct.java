package com.storedesk.inventory.count;

import java.util.Currency;
import java.util.Objects;

/**
 * A product a code found, with what an adjustment needs to value it.
 *
 * @param unitCostMinor null when the platform does not know the cost
 */
record CountedProduct(long id, String sku, String name, long priceMinor, Long unitCostMinor, Currency currency) {

    CountedProduct {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
    }

    /** What one unit is worth in an adjustment: its cost, or its price when the cost is unknown. */
    long unitValueMinor() {
        return unitCostMinor != null ? unitCostMinor : priceMinor;
    }
}
