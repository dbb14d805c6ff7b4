package com.storedesk.core.event;

import com.storedesk.core.MovementType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to a store's stock other than a sale: a purchase-order receipt, an adjustment
 * (damage, theft found), a transfer. It is history; the level itself comes from {@link StockCounted}.
 *
 * @param quantityDelta positive for stock in, negative for stock out
 * @param reference the purchase order or transfer number, or null
 */
public record StockMoved(
        String source,
        String externalId,
        String storeExternalId,
        String productExternalId,
        String employeeExternalId,
        Instant occurredAt,
        MovementType type,
        BigDecimal quantityDelta,
        String reference) implements RetailEvent {

    public StockMoved {
        Events.requireIds(source, externalId);
        Events.requireText(storeExternalId, "storeExternalId");
        Events.requireText(productExternalId, "productExternalId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantityDelta, "quantityDelta");
    }
}
