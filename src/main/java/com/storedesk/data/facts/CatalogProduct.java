package com.storedesk.data.facts;

import java.util.Currency;
import java.util.Objects;

/**
 * A product as the catalog describes it to customers: what the assistant may say about it.
 *
 * @param gtin the barcode, or null when the platform has none
 * @param category null when the platform does not say
 * @param unitOfMeasure EACH, or LB / KG / L for goods sold by measure (the price is then per unit)
 * @param shelfLifeDays null when the product does not perish or the platform does not say
 */
public record CatalogProduct(String source, String sku, String gtin, String name, String category,
        String unitOfMeasure, long priceMinor, Currency currency, boolean perishable, Integer shelfLifeDays) {

    public CatalogProduct {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
        Objects.requireNonNull(currency, "currency");
    }
}
