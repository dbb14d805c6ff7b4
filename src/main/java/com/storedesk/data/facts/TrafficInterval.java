package com.storedesk.data.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One door count: visitors in and out during {@code minutes} from {@code start}.
 *
 * @param sensorId the counter that reported it, or null when the platform does not say
 */
public record TrafficInterval(LocalDate date, String sensorId, Instant start, int minutes, int visitorsIn,
        int visitorsOut) {

    public TrafficInterval {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive: " + minutes);
        }
    }

    public Instant end() {
        return start.plusSeconds(60L * minutes);
    }

    /** Whether this count covers the instant {@code at}. */
    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end());
    }
}
