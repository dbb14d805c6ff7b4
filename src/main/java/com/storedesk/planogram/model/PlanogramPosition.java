package com.storedesk.planogram.model;

import java.util.Objects;

/**
 * One place on a fixture and the product expected there.
 *
 * @param shelf 1 is the top shelf
 * @param position 1 is the leftmost place on the shelf
 * @param facings how many units face the shopper side by side
 */
public record PlanogramPosition(int shelf, int position, String sku, Gtin gtin, int facings) {

    public PlanogramPosition {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(gtin, "gtin");
        if (shelf < 1 || position < 1 || facings < 1) {
            throw new IllegalArgumentException("Shelf, position and facings start at 1");
        }
    }
}
