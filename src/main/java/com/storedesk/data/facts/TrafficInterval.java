package com.storedesk.data.facts;

import java.time.Instant;

/** One door-counter interval: visitors in during {@code minutes} from {@code start}. */
public record TrafficInterval(Instant start, int minutes, int visitorsIn) {

    public Instant end() {
        return start.plusSeconds(minutes * 60L);
    }
}
