package com.storedesk.core.event;

import java.time.Instant;

/**
 * A shift as planned and/or worked. The same shift is delivered again as it fills in:
 * scheduled first, then clocked in, then clocked out.
 *
 * @param scheduledStart null for an unscheduled clock-in
 * @param clockIn null until the employee clocks in (or if they never did)
 * @param role what they worked as on this shift, e.g. CASHIER, or null
 */
public record ShiftClocked(
        String source,
        String externalId,
        String storeExternalId,
        String employeeExternalId,
        Instant scheduledStart,
        Instant scheduledEnd,
        Instant clockIn,
        Instant clockOut,
        String role) implements RetailEvent {

    public ShiftClocked {
        Events.requireIds(source, externalId);
        Events.requireText(storeExternalId, "storeExternalId");
        Events.requireText(employeeExternalId, "employeeExternalId");
    }
}
