package com.storedesk.pos.demo;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.SplittableRandom;

/**
 * A store-day's stock work: deliveries before opening, the write-off and purchase orders after
 * closing, and the evening count.
 */
final class StockRoom {

    private final DayContext day;
    private int movements;

    StockRoom(DayContext day) {
        this.day = day;
    }

    /**
     * Before opening: bakery goods for the day; on Mondays the weekly delivery to par (surplus
     * returns go back to the distribution centre, open orders are absorbed); otherwise purchase
     * orders that are due. The back-ordered item is counted to zero on its first day and filled
     * the morning after its last.
     *
     * @param open false on the holiday: the truck comes, the bakery does not bake
     */
    void deliveries(Instant at, DemoEmployee receiver, boolean open) {
        DemoChain chain = day.chain();
        DemoStore store = day.store();
        StoreState state = day.state();
        boolean monday = day.date().getDayOfWeek() == DayOfWeek.MONDAY;
        String code = store.code() + "-" + day.dayCode();
        String manager = chain.staff().manager(store.index()).externalId();
        for (DemoProduct product : chain.catalog().products()) {
            int p = product.index();
            long par = chain.stockPolicy().par(store.index(), p);
            long onHand = state.onHand(p);
            if (product.category().bakedDaily()) {
                if (open) {
                    move(at, product, receiver.externalId(), MovementType.RECEIPT, par - onHand, "BAKE-" + code);
                    state.setOnHand(p, par);
                }
            } else if (chain.backOrdered(store, product, day.date())) {
                state.clearOrder(p);
                if (onHand > 0 && !chain.backOrdered(store, product, day.date().minusDays(1))) {
                    move(at, product, manager, MovementType.COUNT, -onHand, "CC-" + code);
                    state.setOnHand(p, 0);
                }
            } else if (monday) {
                boolean belowPar = onHand < par;
                move(at, product, receiver.externalId(), belowPar ? MovementType.RECEIPT : MovementType.TRANSFER,
                        par - onHand, belowPar ? "PO-" + code + "-WEEKLY" : "RTV-" + code);
                state.setOnHand(p, par);
                state.clearOrder(p);
            } else if (chain.backOrdered(store, product, day.date().minusDays(1))) {
                move(at, product, receiver.externalId(), MovementType.RECEIPT, par - onHand, "PO-" + code + "-BACKORDER");
                state.receive(p, par - onHand);
            } else if (state.orderDue(p, day.date().toEpochDay())) {
                move(at, product, receiver.externalId(), MovementType.RECEIPT, state.orderQuantity(p),
                        state.orderReference(p));
                state.receive(p, state.orderQuantity(p));
                state.clearOrder(p);
            }
        }
    }

    /**
     * After closing: unsold bakery goods are written off; an item at or below its reorder point is
     * ordered, to arrive before opening 1-3 days later (one order in ten 5-7 days late). Orders
     * that would arrive after the next Monday are left to the Monday delivery.
     */
    void closeOfDay(Instant at) {
        DemoChain chain = day.chain();
        DemoStore store = day.store();
        StoreState state = day.state();
        StockPolicy policy = chain.stockPolicy();
        SplittableRandom random = Seeds.random(day.seed(), Seeds.STOCK, store.index(), day.date().toEpochDay());
        long nextMonday = day.date().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toEpochDay();
        String manager = chain.staff().manager(store.index()).externalId();
        int orders = 0;
        for (DemoProduct product : chain.catalog().products()) {
            int p = product.index();
            long onShelf = state.onShelf(p);
            if (product.category().bakedDaily()) {
                if (onShelf > 0) {
                    move(at, product, manager, MovementType.ADJUSTMENT, -onShelf,
                            "WASTE-" + store.code() + "-" + day.dayCode());
                    state.setOnHand(p, 0);
                }
                continue;
            }
            double draw = random.nextDouble();
            if (state.hasOrder(p) || onShelf > policy.reorderPoint(store.index(), p)
                    || chain.backOrdered(store, product, day.date())
                    || chain.backOrdered(store, product, day.date().plusDays(1))) {
                continue;
            }
            int lead = draw < 0.15 ? 1 : draw < 0.65 ? 2 : draw < 0.90 ? 3 : 5 + (int) ((draw - 0.90) * 30);
            long due = day.date().toEpochDay() + lead;
            if (due < nextMonday) {
                long quantity = policy.orderQuantity(p, policy.par(store.index(), p) - onShelf);
                state.placeOrder(p, due, quantity,
                        "PO-" + store.code() + "-" + day.dayCode() + "-" + String.format("%02d", ++orders));
            }
        }
    }

    /** The level of every product whose level is not what it was when the day began. */
    void countChanged(Instant at) {
        if (!day.emitting()) {
            return;
        }
        for (DemoProduct product : day.chain().catalog().products()) {
            if (day.state().changedToday(product.index())) {
                day.emit(at, stockCount(day.store(), product, day.state().onHand(product.index()), at));
            }
        }
    }

    static StockCounted stockCount(DemoStore store, DemoProduct product, long onHandMilli, Instant at) {
        return new StockCounted(DemoChain.SOURCE, "stock-" + store.code() + "-" + product.sku(), store.externalId(),
                product.externalId(), DemoProduct.quantity(onHandMilli), at);
    }

    private void move(Instant at, DemoProduct product, String employee, MovementType type, long deltaMilli,
            String reference) {
        if (deltaMilli == 0 || !day.emitting()) {
            return;
        }
        movements++;
        String id = "move-" + day.store().code() + "-" + day.dayCode() + "-" + String.format("%04d", movements);
        day.emit(at, new StockMoved(DemoChain.SOURCE, id, day.store().externalId(), product.externalId(), employee, at,
                type, DemoProduct.quantity(deltaMilli), reference));
    }
}
