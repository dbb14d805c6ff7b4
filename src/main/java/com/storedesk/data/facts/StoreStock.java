package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** One store's latest count of one product. */
public record StoreStock(long storeId, String storeCode, long productId, BigDecimal onHand) {

    public StoreStock {
        Objects.requireNonNull(storeCode, "storeCode");
        Objects.requireNonNull(onHand, "onHand");
    }
}
