package com.storedesk.pos.demo;

import com.storedesk.core.event.SaleRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** A store's stock in live mode: one level per product, with the receipts on their way. */
final class LiveStock implements Shelf {

    static final long NONE = Long.MIN_VALUE;

    /** A void that happens a few minutes after its sale. */
    record PendingVoid(Instant at, SaleRecorded version) {
    }

    final long[] level;
    final long[] receiptDue;
    final long[] receiptQuantity;
    final BitSet moved;
    /** Void versions of live sales, delivered when their time comes. */
    final List<PendingVoid> voids;

    LiveStock(long[] level) {
        this(level.clone(), filled(level.length), new long[level.length], new BitSet(), new ArrayList<>());
    }

    private LiveStock(long[] level, long[] receiptDue, long[] receiptQuantity, BitSet moved,
            List<PendingVoid> voids) {
        this.level = level;
        this.receiptDue = receiptDue;
        this.receiptQuantity = receiptQuantity;
        this.moved = moved;
        this.voids = voids;
    }

    private static long[] filled(int length) {
        long[] none = new long[length];
        Arrays.fill(none, NONE);
        return none;
    }

    LiveStock copy() {
        return new LiveStock(level.clone(), receiptDue.clone(), receiptQuantity.clone(), (BitSet) moved.clone(),
                new ArrayList<>(voids));
    }

    @Override
    public long available(int product) {
        return level[product];
    }

    @Override
    public void take(int product, long quantityMilli) {
        level[product] -= quantityMilli;
        moved.set(product);
    }
}
