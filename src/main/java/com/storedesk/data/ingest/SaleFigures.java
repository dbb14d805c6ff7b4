package com.storedesk.data.ingest;

import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The part of a sale the rollups sum: where and when, whether it stands, and its lines' amounts.
 * Built from an incoming event or from the stored rows of the version it replaces, so both
 * contribute in exactly the same way.
 *
 * @param businessDate the store-local date of {@code occurredAt}
 */
record SaleFigures(long storeId, Instant occurredAt, LocalDate businessDate, SaleStatus status, Currency currency,
        List<Line> lines) {

    /** @param costMinor null when the unit cost is unknown */
    record Line(long productId, BigDecimal quantity, long grossMinor, long discountMinor, Long costMinor) {
    }

    boolean counts() {
        return status == SaleStatus.COMPLETED;
    }

    static Line line(long productId, SaleRecorded.Line line) {
        return new Line(productId, line.quantity(), line.grossMinor(), line.discountMinor(), line.costMinor());
    }

    /** A stored line: gross is net + discount; cost is rounded the way {@link SaleRecorded.Line#costMinor} does. */
    static Line storedLine(long productId, BigDecimal quantity, long netMinor, long discountMinor, Long unitCostMinor) {
        Long cost = unitCostMinor == null ? null
                : quantity.multiply(BigDecimal.valueOf(unitCostMinor)).setScale(0, RoundingMode.HALF_EVEN)
                        .longValueExact();
        return new Line(productId, quantity, netMinor + discountMinor, discountMinor, cost);
    }
}
