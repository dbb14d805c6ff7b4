package com.storedesk.actions.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to send again after the POS could not be reached: 30 seconds, 2 minutes, then every 10
 * minutes, five attempts in all; then a person decides (a POS down for longer than that is
 * something to look at, and a price change hours late may no longer be wanted).
 */
public record Backoff(List<Duration> delays, int maxAttempts) {

    public static final Backoff DEFAULT =
            new Backoff(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10)), 5);

    public Backoff {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("A backoff needs delays and at least one attempt");
        }
    }

    /** When to try again after {@code attempts} failed sends, or empty when that was the last. */
    public Optional<Instant> next(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delays.get(Math.min(attempts, delays.size()) - 1)));
    }
}
