package com.storedesk.pos.http;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Where the HTTP layer takes time and chance from: the clock (Retry-After dates, the circuit's
 * cool-down), the sleeper (waits) and the jitter source (0..1), all injected so a test of ten
 * retries runs in no time and always the same way.
 */
public record Pacing(Clock clock, Sleeper sleeper, DoubleSupplier jitter) {

    public Pacing {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(jitter, "jitter");
    }

    /** Real time and real randomness. */
    public static Pacing real(Clock clock) {
        return new Pacing(clock, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble());
    }
}
