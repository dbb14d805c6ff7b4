package com.storedesk.pos.demo;

import com.storedesk.core.event.RetailEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects a day's events from all stores and delivers them in the order they happened; ties
 * keep the order of generation, so the result is the same however the day was produced.
 */
final class DayEvents {

    private record Timed(Instant at, int store, int sequence, RetailEvent event) {
    }

    private static final Comparator<Timed> ORDER = Comparator.comparing(Timed::at)
            .thenComparingInt(Timed::store).thenComparingInt(Timed::sequence);

    private final List<Timed> events = new ArrayList<>();

    void add(Instant at, int store, RetailEvent event) {
        events.add(new Timed(at, store, events.size(), event));
    }

    List<RetailEvent> inOrder() {
        events.sort(ORDER);
        return events.stream().map(Timed::event).toList();
    }
}
