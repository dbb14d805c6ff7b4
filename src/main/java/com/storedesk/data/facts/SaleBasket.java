package com.storedesk.data.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one completed sale put in the bag: its distinct products, in line order, without quantities.
 *
 * @param customerId the loyalty member's row id, or null for a sale without one
 */
public record SaleBasket(long saleId, long storeId, Long customerId, Instant occurredAt, LocalDate businessDate,
        List<Long> productIds) {

    public SaleBasket {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(businessDate, "businessDate");
        productIds = List.copyOf(productIds);
    }
}
