package com.storedesk.insight.basket;

import com.storedesk.data.facts.CatalogItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sale at a glance: what the basket is for and the single best add-on, if one is in stock.
 *
 * @param items the basket's distinct products, in line order
 */
public record ReceiptSummary(long saleId, long storeId, Instant occurredAt, LocalDate businessDate,
        List<CatalogItem> items, BasketLabel label, Optional<AddOn> addOn) {

    public ReceiptSummary {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(addOn, "addOn");
        items = List.copyOf(items);
    }
}
