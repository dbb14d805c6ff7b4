package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One product a store keeps stock of: its latest count, when goods last came in, and its daily
 * sales over a window of dates, in date order (dates without sales are left out).
 *
 * @param onHand the latest count (stock levels are the platform's, sales do not lower them)
 * @param countedAt when that count was made, or null when the platform did not say
 * @param lastIncomingAt the latest receipt, transfer in or restocked return in the window, or null
 * @param lastCountAt the latest COUNT movement in the window (a physical count that corrected the
 *     stock), or null
 * @param lastCountDelta what that count changed: counted minus expected; null with {@code lastCountAt}
 */
public record StockFacts(long productId, String sku, String name, BigDecimal onHand, Instant countedAt,
        Instant lastIncomingAt, Instant lastCountAt, BigDecimal lastCountDelta, List<SkuDaySales> sales) {

    public StockFacts {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onHand, "onHand");
        sales = List.copyOf(sales);
    }
}
