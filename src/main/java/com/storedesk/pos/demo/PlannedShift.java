package com.storedesk.pos.demo;

import com.storedesk.core.event.ShiftClocked;
import java.time.Instant;

/**
 * A shift as scheduled and as worked.
 *
 * @param scheduledStart null for an unscheduled shift
 * @param clockIn null for a no-show
 * @param register the till a cashier works, 1-based; 0 for other roles
 */
record PlannedShift(String externalId, DemoEmployee employee, String role, Instant scheduledStart,
        Instant scheduledEnd, Instant clockIn, Instant clockOut, int register) {

    boolean onDuty(Instant at) {
        return clockIn != null && !at.isBefore(clockIn) && at.isBefore(clockOut);
    }

    /** When the platform first knows of the shift: its schedule, or the clock-in of an unscheduled one. */
    Instant known() {
        return scheduledStart != null ? scheduledStart : clockIn;
    }

    /** The shift as the platform reports it at {@code now}: clock times still in the future are not known yet. */
    ShiftClocked asOf(Instant now, String storeExternalId) {
        Instant in = clockIn != null && !clockIn.isAfter(now) ? clockIn : null;
        Instant out = in != null && !clockOut.isAfter(now) ? clockOut : null;
        return new ShiftClocked(DemoChain.SOURCE, externalId, storeExternalId, employee.externalId(), scheduledStart,
                scheduledEnd, in, out, role);
    }
}
