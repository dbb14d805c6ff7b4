package com.storedesk.assist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops waiting on a dead endpoint: after {@code failuresToOpen} failures in a row it opens, and
 * for {@code coolDown} every call is skipped (the templates answer at once). Then one trial call
 * goes through: an answer closes it, another failure opens it for a new cool-down.
 */
public final class CircuitBreaker {

    public static final int DEFAULT_FAILURES_TO_OPEN = 3;
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofMinutes(1);

    /** Closed: calls go through. Open: calls are skipped. Trial: one call is testing the endpoint. */
    public enum State { CLOSED, OPEN, TRIAL }

    private final int failuresToOpen;
    private final Duration coolDown;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialRunning;

    public CircuitBreaker(int failuresToOpen, Duration coolDown, Clock clock) {
        if (failuresToOpen < 1) {
            throw new IllegalArgumentException("failuresToOpen must be at least 1");
        }
        this.failuresToOpen = failuresToOpen;
        this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when a call may go to the endpoint now; after a cool-down, only the one trial call is let through. */
    public synchronized boolean allowsCall() {
        if (openUntil == null) {
            return true;
        }
        if (trialRunning || clock.instant().isBefore(openUntil)) {
            return false;
        }
        trialRunning = true;
        return true;
    }

    public synchronized void succeeded() {
        failures = 0;
        openUntil = null;
        trialRunning = false;
    }

    public synchronized void failed() {
        failures++;
        if (trialRunning || failures >= failuresToOpen) {
            openUntil = clock.instant().plus(coolDown);
        }
        trialRunning = false;
    }

    /** Forgets past failures: a new endpoint, or one Settings' test just reached. */
    public synchronized void reset() {
        succeeded();
    }

    public synchronized State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return trialRunning ? State.TRIAL : State.OPEN;
    }
}
