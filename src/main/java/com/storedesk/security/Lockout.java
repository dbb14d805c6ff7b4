package com.storedesk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Five wrong secrets in a row lock an account for fifteen minutes; a success starts the count over. */
public final class Lockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private Lockout() {
    }

    /** The lock's end after one more failure, when that failure is the last one allowed. */
    static Optional<Instant> lockAfterFailure(int failuresSoFar, Instant now) {
        return failuresSoFar + 1 >= MAX_FAILURES ? Optional.of(now.plus(LOCK)) : Optional.empty();
    }
}
