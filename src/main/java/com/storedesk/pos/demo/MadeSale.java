package com.storedesk.pos.demo;

import com.storedesk.core.event.SaleRecorded;
import java.time.Instant;
import java.util.List;

/**
 * A sale as generated.
 *
 * @param versions what the platform delivers, oldest first: one version, or a completed sale and
 *     its later void; empty when the events were not asked for
 */
record MadeSale(String saleId, Instant at, boolean voided, Instant voidedAt, List<SaleRecorded> versions,
        List<SoldLine> lines) {
}
