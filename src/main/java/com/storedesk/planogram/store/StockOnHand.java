package com.storedesk.planogram.store;

import java.math.BigDecimal;
import java.util.Optional;

/** The store's perpetual stock of a product: what tells "refill from the back room" from "reorder". */
@FunctionalInterface
public interface StockOnHand {

    /** Units on hand of {@code sku} in the store, or empty when the store keeps no count of it. */
    Optional<BigDecimal> onHand(long storeId, String sku);
}
