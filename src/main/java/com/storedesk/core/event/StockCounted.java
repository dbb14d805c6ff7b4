package com.storedesk.core.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * How much of a product a store has on hand, as of {@link #countedAt()}. Platforms report
 * inventory as absolute levels, so sales never decrement stock in StoreDesk a second time;
 * ingest keeps the level with the latest {@code countedAt}.
 *
 * @param externalId the platform's id of this store's inventory record for the product
 */
public record StockCounted(
        String source,
        String externalId,
        String storeExternalId,
        String productExternalId,
        BigDecimal onHand,
        Instant countedAt) implements RetailEvent {

    public StockCounted {
        Events.requireIds(source, externalId);
        Events.requireText(storeExternalId, "storeExternalId");
        Events.requireText(productExternalId, "productExternalId");
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(countedAt, "countedAt");
    }
}
