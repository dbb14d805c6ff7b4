package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code sales_by_store_hour}: a store-local hour's completed sales and refunds. */
public record HourSales(Instant hourStart, int transactions, BigDecimal units, long grossMinor, long discountMinor,
        long refundMinor, long netMinor, long costMinor) {
}
