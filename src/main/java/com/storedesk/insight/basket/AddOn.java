package com.storedesk.insight.basket;

import com.storedesk.data.facts.CatalogItem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one product to suggest at the till: the one most lifted by something already in the basket.
 *
 * @param with the basket's product it goes with
 * @param lift how much likelier it is in a basket holding {@code with} than in any
 * @param confidence the share of baskets holding {@code with} that hold it too
 * @param onHand the store's latest count
 */
public record AddOn(CatalogItem product, CatalogItem with, double lift, double confidence, BigDecimal onHand) {

    public AddOn {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(onHand, "onHand");
    }
}
