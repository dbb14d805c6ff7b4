package com.storedesk.pos.demo;

import java.time.LocalDate;

/**
 * An automatic discount on a category or one product for a few days. Shoppers respond: the
 * promoted goods are picked {@code lift} times as often as usual.
 *
 * @param category the promoted category, or null for a single product
 * @param sku the promoted product, or null for a whole category
 */
record Promotion(String name, int percent, DemoCategory category, String sku, int firstOffset, int lastOffset,
        double lift, LocalDate firstDay, LocalDate lastDay) {

    boolean runsOn(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    boolean appliesTo(DemoProduct product) {
        return sku != null ? sku.equals(product.sku()) : category == product.category();
    }
}
