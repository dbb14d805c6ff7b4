package com.storedesk.insight.customer;

import com.storedesk.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of a customer's visits: when, where, what and how much. */
public record PastPurchase(long saleId, Instant occurredAt, LocalDate businessDate, String storeName,
        List<Item> items, Money total) {

    public PastPurchase {
        items = List.copyOf(items);
    }

    public record Item(String sku, String name, String category, BigDecimal quantity) {
    }
}
