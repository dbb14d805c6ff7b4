package com.storedesk.pos;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An approved change for a store's POS, in the POS's own terms (store and product by the ids the
 * platform knows). The idempotency key stays the same through every retry: a connector applies a
 * key once, however often it is sent.
 */
public record ActionCommand(String idempotencyKey, String storeExternalId, Change change) {

    public ActionCommand {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(storeExternalId, "storeExternalId");
        Objects.requireNonNull(change, "change");
    }

    /** What to change. */
    public sealed interface Change {
    }

    /** A percentage off each unit of the product sold until {@code until}. */
    public record Discount(String sku, BigDecimal percent, Instant until) implements Change {
    }

    /** A lower price until {@code until}, then the regular price again. */
    public record TemporaryPrice(String sku, long priceMinor, Instant until) implements Change {
    }

    /** A new regular price. */
    public record PermanentPrice(String sku, long priceMinor) implements Change {
    }

    /** Stock booked up (positive) or down (negative), e.g. after a count. */
    public record StockAdjustment(String sku, BigDecimal delta) implements Change {
    }

    /** An order sent to a supplier. */
    public record PurchaseOrder(String supplier, List<OrderLine> lines) implements Change {

        public PurchaseOrder {
            lines = List.copyOf(lines);
        }
    }

    public record OrderLine(String sku, BigDecimal quantity) {
    }
}
