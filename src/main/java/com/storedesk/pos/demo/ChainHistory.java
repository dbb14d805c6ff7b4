package com.storedesk.pos.demo;

import com.storedesk.core.event.RetailEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the chain's history a day at a time. Days asked for in order continue from the
 * previous day's state; any other day first replays the three weeks before its Monday without
 * keeping events (see {@link StoreState} for why that is enough), so a day comes out the same
 * whether it is generated alone or within a full run.
 */
final class ChainHistory {

    /** Three weeks covers a return's lag plus the week the Monday delivery looks back on. */
    static final int WARM_UP_WEEKS = 3;

    private final DemoChain chain;
    private final StoreState[] states;

    ChainHistory(DemoChain chain) {
        this.chain = chain;
        this.states = new StoreState[chain.stores().size()];
    }

    /** Stores with registers, staff, products, members, and every store's stock as the first day begins. */
    List<RetailEvent> referenceEvents(LocalDate firstDay) {
        List<RetailEvent> events = new ArrayList<>();
        for (DemoStore store : chain.stores()) {
            events.add(store.toEvent(DemoChain.SOURCE, DemoChain.USD));
        }
        for (DemoEmployee employee : chain.staff().all()) {
            String home = employee.storeIndex() < 0 ? null : chain.stores().get(employee.storeIndex()).externalId();
            events.add(employee.toEvent(DemoChain.SOURCE, home));
        }
        for (DemoProduct product : chain.catalog().products()) {
            events.add(product.toEvent(DemoChain.SOURCE, DemoChain.USD));
        }
        for (DemoCustomer customer : chain.customers().all()) {
            events.add(customer.toEvent(DemoChain.SOURCE));
        }
        for (DemoStore store : chain.stores()) {
            StoreState state = stateAt(store, firstDay);
            Instant start = firstDay.atStartOfDay(store.zone()).toInstant();
            for (DemoProduct product : chain.catalog().products()) {
                events.add(StockRoom.stockCount(store, product, state.onHand(product.index()), start));
            }
        }
        return events;
    }

    /** Every store's complete day, in the order things happened. */
    List<RetailEvent> day(LocalDate date) {
        DayEvents events = new DayEvents();
        for (DemoStore store : chain.stores()) {
            new StoreDay(chain, store, stateAt(store, date), date, null, events).run();
        }
        return events.inOrder();
    }

    /** One store's day up to {@code until}, into {@code events}; the store's state is left at that moment. */
    void storeDayUntil(DemoStore store, LocalDate date, Instant until, DayEvents events) {
        new StoreDay(chain, store, stateAt(store, date), date, until, events).run();
    }

    /** The store's state on the morning of {@code date}. */
    StoreState stateAt(DemoStore store, LocalDate date) {
        StoreState state = states[store.index()];
        if (state != null && state.next().equals(date)) {
            return state;
        }
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WARM_UP_WEEKS);
        state = StoreState.afterMondayDelivery(chain, store, monday);
        for (LocalDate day = monday; day.isBefore(date); day = day.plusDays(1)) {
            new StoreDay(chain, store, state, day, null, null).run();
        }
        states[store.index()] = state;
        return state;
    }
}
