package com.storedesk.pos.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops calling a platform that keeps failing. After {@code failuresToOpen} failed attempts in a
 * row the circuit opens: calls fail at once, without touching the network, until {@code coolDown}
 * has passed since the last failure. Then one call may try again (half-open); its success closes
 * the circuit, its failure opens it for another cool-down. Only outages count (no answer, 5xx): a
 * 429 or a 401 comes from a platform that is up.
 *
 * <p>One per connection (platform account), shared by every call on it. Thread-safe.
 */
public final class CircuitBreaker {

    private final int failuresToOpen;
    private final Duration coolDown;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant firstFailureAt;
    private Instant lastFailureAt;

    public CircuitBreaker(int failuresToOpen, Duration coolDown, Clock clock) {
        if (failuresToOpen < 1) {
            throw new IllegalArgumentException("failuresToOpen must be at least 1");
        }
        this.failuresToOpen = failuresToOpen;
        this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens after 5 failures in a row, for a minute at a time. */
    public static CircuitBreaker defaults(Clock clock) {
        return new CircuitBreaker(5, Duration.ofMinutes(1), clock);
    }

    /** False while the circuit is open and cooling down. */
    public synchronized boolean allowsCall() {
        return !isOpen() || !clock.instant().isBefore(lastFailureAt.plus(coolDown));
    }

    public synchronized void recordSuccess() {
        consecutiveFailures = 0;
        firstFailureAt = null;
        lastFailureAt = null;
    }

    public synchronized void recordFailure() {
        Instant now = clock.instant();
        if (consecutiveFailures == 0) {
            firstFailureAt = now;
        }
        consecutiveFailures++;
        lastFailureAt = now;
    }

    /** When a call may try again; null when the circuit is closed. */
    public synchronized Instant openUntil() {
        return isOpen() ? lastFailureAt.plus(coolDown) : null;
    }

    public synchronized ConnectionStatus status() {
        return isOpen() ? new ConnectionStatus(firstFailureAt) : ConnectionStatus.REACHABLE;
    }

    private boolean isOpen() {
        return consecutiveFailures >= failuresToOpen;
    }
}
