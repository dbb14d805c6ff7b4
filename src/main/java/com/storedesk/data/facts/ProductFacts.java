package com.storedesk.data.facts;

import java.util.Currency;
import java.util.Objects;

/**
 * What a product is and costs, for a store that stocks it.
 *
 * @param unitCostMinor null when the platform does not know the cost
 * @param shelfLifeDays null when the product does not perish or the platform does not say
 */
public record ProductFacts(long productId, String sku, String name, String category, long priceMinor,
        Long unitCostMinor, Currency currency, boolean perishable, Integer shelfLifeDays) {

    public ProductFacts {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
    }
}
