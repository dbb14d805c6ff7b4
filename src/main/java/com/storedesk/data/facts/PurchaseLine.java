package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a customer's completed sale, with where and when it was bought. */
public record PurchaseLine(long saleId, Instant occurredAt, LocalDate businessDate, long storeId, String storeName,
        long productId, String sku, String productName, String category, BigDecimal quantity, long netMinor,
        String currency) {
}
