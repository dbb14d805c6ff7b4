package com.storedesk.core.event;

import java.util.Currency;
import java.util.Objects;

/**
 * A catalog item as it is now.
 *
 * @param gtin EAN-13 / UPC-A barcode digits, or null
 * @param unitOfMeasure EACH for counted goods, KG / LB / L for goods sold by measure
 * @param unitCostMinor null when the platform does not know the cost; never guessed as zero
 * @param shelfLifeDays for perishables, how long they keep; otherwise null
 */
public record ProductUpserted(
        String source,
        String externalId,
        String sku,
        String gtin,
        String name,
        String category,
        String unitOfMeasure,
        Long unitCostMinor,
        long priceMinor,
        Currency currency,
        boolean perishable,
        Integer shelfLifeDays,
        boolean active) implements RetailEvent {

    public ProductUpserted {
        Events.requireIds(source, externalId);
        Events.requireText(sku, "sku");
        Events.requireText(name, "name");
        Events.requireText(unitOfMeasure, "unitOfMeasure");
        Objects.requireNonNull(currency, "currency");
    }
}
