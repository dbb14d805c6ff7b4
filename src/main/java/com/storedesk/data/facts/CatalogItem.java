package com.storedesk.data.facts;

import java.util.Objects;

/**
 * A product as recommendations name it.
 *
 * @param category the platform's category name, or null when it has none
 */
public record CatalogItem(long id, String sku, String name, String category) {

    public CatalogItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
    }
}
