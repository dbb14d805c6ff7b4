package com.storedesk.data.ingest;

import com.storedesk.core.SaleStatus;
import java.util.Currency;
import java.util.Map;

/**
 * The stored sale a refund gives money back for: what a refund is checked against.
 *
 * @param refundedMinor the sum of refunds of this sale already stored
 * @param lineIds sale_line ids by line number
 */
public record RefundTarget(long saleId, long storeId, SaleStatus status, Currency currency, long totalMinor,
        long refundedMinor, Map<Integer, Long> lineIds) {

    public RefundTarget {
        lineIds = Map.copyOf(lineIds);
    }
}
