package com.storedesk.pos.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently one call is tried.
 *
 * @param maxAttempts attempts per call, the first included
 * @param firstBackoff the wait after the first failure; it doubles with each further one
 * @param maxBackoff the longest wait between two attempts after a failure
 * @param longestRateLimitWait a platform asking for a longer pause than this gets a rate-limit
 *     error instead of a blocked sync thread; the next sync tries again
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration longestRateLimitWait) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(longestRateLimitWait, "longestRateLimitWait");
    }

    /** Four attempts over roughly 0.5 + 1 + 2 s, waits for rate limits up to two minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    /** One attempt and no waiting: for a call a person is waiting for, such as a connection test. */
    public static RetryPolicy once() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait after failed attempt {@code attempt} (1-based): exponential, with "equal jitter" (half
     * fixed, half random) so many clients recovering together do not all call at the same instant.
     *
     * @param random a number in 0..1
     */
    public Duration backoff(int attempt, double random) {
        long capMillis = maxBackoff.toMillis();
        long exponential = firstBackoff.toMillis() << Math.min(attempt - 1, 20);
        long ceiling = Math.min(capMillis, exponential);
        long half = ceiling / 2;
        return Duration.ofMillis(half + Math.round(half * Math.max(0, Math.min(1, random))));
    }
}
