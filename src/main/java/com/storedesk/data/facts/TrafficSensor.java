package com.storedesk.data.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * A door counter seen at a store in a window of dates.
 *
 * @param sensorId null for counts that name no sensor
 * @param lastStart the start of its latest interval in the window
 */
public record TrafficSensor(String sensorId, int intervals, Instant lastStart) {

    public TrafficSensor {
        Objects.requireNonNull(lastStart, "lastStart");
    }
}
