package com.storedesk.insight.basket;

import java.util.Objects;

/**
 * What a basket is for, as a message key and what the generic keys need.
 *
 * @param key a {@code receipt.label.*} message key
 * @param items distinct products in the basket
 * @param category the basket's main category (the generic labels); else null
 * @param categories how many categories the basket spans
 */
public record BasketLabel(String key, int items, String category, int categories) {

    public BasketLabel {
        Objects.requireNonNull(key, "key");
    }
}
