package com.storedesk.pos.demo;

import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A store's stock in live mode: one level per product, with the receipts on their way, and the
 * prices and stock changes approved actions made ({@link DemoChanges}).
 */
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
    /** Which of {@link DemoChanges#stock()} this shelf has booked. */
    final BitSet changesBooked;
    private final int store;
    private final DemoChanges changes;

    LiveStock(int store, DemoChanges changes, long[] level) {
        this(store, changes, level.clone(), filled(level.length), new long[level.length], new BitSet(),
                new ArrayList<>(), new BitSet());
    }

    private LiveStock(int store, DemoChanges changes, long[] level, long[] receiptDue, long[] receiptQuantity,
            BitSet moved, List<PendingVoid> voids, BitSet changesBooked) {
        this.store = store;
        this.changes = changes;
        this.level = level;
        this.receiptDue = receiptDue;
        this.receiptQuantity = receiptQuantity;
        this.moved = moved;
        this.voids = voids;
        this.changesBooked = changesBooked;
    }

    private static long[] filled(int length) {
        long[] none = new long[length];
        Arrays.fill(none, NONE);
        return none;
    }

    LiveStock copy() {
        return new LiveStock(store, changes, level.clone(), receiptDue.clone(), receiptQuantity.clone(),
                (BitSet) moved.clone(), new ArrayList<>(voids), (BitSet) changesBooked.clone());
    }

    @Override
    public long available(int product) {
        return level[product];
    }

    @Override
    public long priceMinor(DemoProduct product, Instant at) {
        return changes.price(store, product, at);
    }

    @Override
    public BigDecimal clearancePercent(DemoProduct product, Instant at) {
        return changes.clearance(store, product, at);
    }

    @Override
    public void take(int product, long quantityMilli) {
        level[product] -= quantityMilli;
        moved.set(product);
    }
}
