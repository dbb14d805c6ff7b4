package com.storedesk.pos.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one store carries from one day to the next: stock on the shelf and in the back room,
 * open purchase orders, and sales that will come back.
 *
 * <p>Returned goods wait in the back room until the Monday delivery, which fills every shelf to
 * its par level (sending surplus back) and absorbs open orders. So on a Monday morning the
 * shelves are at par whatever happened before, which is what lets any day be generated from a
 * few weeks of warm-up instead of the whole history.
 */
final class StoreState implements Shelf {

    private static final long NO_ORDER = Long.MIN_VALUE;

    private final long[] shelf;
    private final long[] backRoom;
    private final long[] orderDueDay;
    private final long[] orderQuantity;
    private final String[] orderReference;
    private final long[] onHandAtDayStart;
    private final Map<Long, List<PendingReturn>> returns = new HashMap<>();
    private LocalDate next;

    private StoreState(int products, LocalDate next) {
        shelf = new long[products];
        backRoom = new long[products];
        orderDueDay = new long[products];
        orderQuantity = new long[products];
        orderReference = new String[products];
        onHandAtDayStart = new long[products];
        Arrays.fill(orderDueDay, NO_ORDER);
        this.next = next;
    }

    /** The state on a Monday morning after the weekly delivery: every shelf at par but the back-ordered item. */
    static StoreState afterMondayDelivery(DemoChain chain, DemoStore store, LocalDate monday) {
        StoreState state = new StoreState(chain.catalog().size(), monday);
        for (DemoProduct product : chain.catalog().products()) {
            boolean missing = chain.backOrdered(store, product, monday);
            state.shelf[product.index()] = missing || product.category().bakedDaily()
                    ? 0 : chain.stockPolicy().par(store.index(), product.index());
        }
        return state;
    }

    /** The date this state is the morning of. */
    LocalDate next() {
        return next;
    }

    void startDay(LocalDate date) {
        if (!date.equals(next)) {
            throw new IllegalStateException("State is at " + next + ", not " + date);
        }
        for (int p = 0; p < shelf.length; p++) {
            onHandAtDayStart[p] = onHand(p);
        }
    }

    void finishDay() {
        next = next.plusDays(1);
    }

    @Override
    public long available(int product) {
        return shelf[product];
    }

    @Override
    public void take(int product, long quantityMilli) {
        shelf[product] -= quantityMilli;
    }

    long onShelf(int product) {
        return shelf[product];
    }

    long onHand(int product) {
        return shelf[product] + backRoom[product];
    }

    void receive(int product, long quantityMilli) {
        shelf[product] += quantityMilli;
    }

    void restock(int product, long quantityMilli) {
        backRoom[product] += quantityMilli;
    }

    /** Shelf and back room set to a level outright (delivery to par, count, write-off). */
    void setOnHand(int product, long shelfMilli) {
        shelf[product] = shelfMilli;
        backRoom[product] = 0;
    }

    /** Whether the product's level differs from what it was as the day began. */
    boolean changedToday(int product) {
        return onHand(product) != onHandAtDayStart[product];
    }

    boolean hasOrder(int product) {
        return orderDueDay[product] != NO_ORDER;
    }

    boolean orderDue(int product, long epochDay) {
        return orderDueDay[product] == epochDay;
    }

    long orderQuantity(int product) {
        return orderQuantity[product];
    }

    String orderReference(int product) {
        return orderReference[product];
    }

    void placeOrder(int product, long dueDay, long quantityMilli, String reference) {
        orderDueDay[product] = dueDay;
        orderQuantity[product] = quantityMilli;
        orderReference[product] = reference;
    }

    void clearOrder(int product) {
        orderDueDay[product] = NO_ORDER;
        orderQuantity[product] = 0;
        orderReference[product] = null;
    }

    void addReturn(long dueDay, PendingReturn pending) {
        returns.computeIfAbsent(dueDay, d -> new ArrayList<>()).add(pending);
    }

    List<PendingReturn> takeReturns(long epochDay) {
        List<PendingReturn> due = returns.remove(epochDay);
        return due == null ? List.of() : due;
    }
}
