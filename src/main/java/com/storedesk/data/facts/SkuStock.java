package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How many of one product a store has, as its platform last said.
 *
 * @param updatedAt when the platform last changed the figure
 */
public record SkuStock(long storeId, String storeCode, String storeName, String sku, String productName,
        BigDecimal onHand, Instant updatedAt) {
}
