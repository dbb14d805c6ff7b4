package com.storedesk.pos.demo;

import java.util.List;

/**
 * A sale that will come back on a later day.
 *
 * @param seed the refund's own random stream: its time, lines and reason
 * @param spike one of the extra refunds of the refund-spike anomaly
 */
record PendingReturn(String saleId, long seed, List<SoldLine> lines, boolean spike) {
}
