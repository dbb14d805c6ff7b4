package com.storedesk.pos.demo;

import com.storedesk.core.event.RetailEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What the parts of a store-day share: the chain, the store and its state, the date, and where
 * the events go.
 *
 * @param out where the events go, or null when only the state matters (warm-up)
 */
record DayContext(DemoChain chain, DemoStore store, StoreState state, LocalDate date, DayEvents out) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    boolean emitting() {
        return out != null;
    }

    void emit(Instant at, RetailEvent event) {
        out.add(at, store.index(), event);
    }

    /** The date as it appears in ids and references, e.g. 20260315. */
    String dayCode() {
        return DAY.format(date);
    }

    long seed() {
        return chain.options().seed();
    }
}
