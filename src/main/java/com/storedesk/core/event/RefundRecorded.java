package com.storedesk.core.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Money given back for (part of) an earlier sale. Refunds do not change: a second refund of
 * the same sale is a second event with its own id.
 *
 * @param amountMinor the total refunded, positive
 * @param employeeExternalId who processed it, or null
 */
public record RefundRecorded(
        String source,
        String externalId,
        String originalSaleExternalId,
        String storeExternalId,
        String employeeExternalId,
        Instant occurredAt,
        Currency currency,
        long amountMinor,
        String reason,
        List<Line> lines) implements RetailEvent {

    public RefundRecorded {
        Events.requireIds(source, externalId);
        Events.requireText(originalSaleExternalId, "originalSaleExternalId");
        Events.requireText(storeExternalId, "storeExternalId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(currency, "currency");
        lines = Events.copy(lines, "lines");
    }

    /**
     * One returned item.
     *
     * @param saleLineNo the line of the original sale it returns, or null when the platform does not say
     * @param quantity how much came back; positive
     * @param restocked whether it went back on the shelf (false: damaged, discarded)
     */
    public record Line(
            int lineNo,
            Integer saleLineNo,
            String productExternalId,
            BigDecimal quantity,
            long amountMinor,
            boolean restocked) {

        public Line {
            Events.requireText(productExternalId, "productExternalId");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
