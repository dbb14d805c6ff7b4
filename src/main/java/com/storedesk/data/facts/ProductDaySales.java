package com.storedesk.data.facts;

import java.math.BigDecimal;

/** One product's row of {@code sales_by_sku_day} for a store-day, with what the product is called. */
public record ProductDaySales(long productId, String sku, String name, int transactions, BigDecimal units,
        long netMinor, long costMinor) {

    /** Net sales less the known cost: the gross margin in minor units. */
    public long marginMinor() {
        return netMinor - costMinor;
    }
}
