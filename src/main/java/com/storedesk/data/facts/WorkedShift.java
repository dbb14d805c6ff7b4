package com.storedesk.data.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A shift someone clocked in to; {@code clockOut} is null while it is still running. */
public record WorkedShift(Instant clockIn, Instant clockOut) {

    /** Time worked up to {@code until} (the clock-out, or {@code until} for a running shift). */
    public Duration workedUntil(Instant until) {
        Instant end = Optional.ofNullable(clockOut).filter(out -> out.isBefore(until)).orElse(until);
        return end.isAfter(clockIn) ? Duration.between(clockIn, end) : Duration.ZERO;
    }
}
