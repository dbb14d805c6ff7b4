package com.storedesk.core.event;

import java.time.Instant;
import java.util.Objects;

/** Visitors a door counter saw in one interval (usually 15 minutes). */
public record TrafficCounted(
        String source,
        String externalId,
        String storeExternalId,
        String sensorId,
        Instant intervalStart,
        int intervalMinutes,
        int visitorsIn,
        int visitorsOut) implements RetailEvent {

    public TrafficCounted {
        Events.requireIds(source, externalId);
        Events.requireText(storeExternalId, "storeExternalId");
        Objects.requireNonNull(intervalStart, "intervalStart");
    }
}
