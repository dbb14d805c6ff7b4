package com.storedesk.insight.basket;

import com.storedesk.data.facts.CatalogItem;
import com.storedesk.data.facts.StoreStock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One next-best-offer: the product, how likely it is in the customer's next basket (a probability,
 * for ranking; not calibrated), why, and where it is.
 *
 * @param onHandHere the store's latest count, or null when it keeps none of it
 * @param elsewhere the other stores that have some, most first (empty when it is in stock here)
 */
public record Offer(CatalogItem product, double score, OfferReason reason, BigDecimal onHandHere,
        List<StoreStock> elsewhere) {

    public Offer {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(reason, "reason");
        elsewhere = List.copyOf(elsewhere);
    }

    /** Whether the associate can hand it over now. */
    public boolean inStock() {
        return onHandHere != null && onHandHere.signum() > 0;
    }
}
