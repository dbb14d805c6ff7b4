package com.storedesk.ingest.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** How many deliveries a receiver took and refused since it was built, for Settings' status line. */
public final class DeliveryTally {

    /** The counts at one moment. {@code lastReceived} is null until the first authentic delivery. */
    public record Counts(long received, long refused, Instant lastReceived) {
        public static final Counts NONE = new Counts(0, 0, null);
    }

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Counts counts = Counts.NONE;

    public synchronized Counts counts() {
        return counts;
    }

    /** Runs {@code listener} after each count, on the receiving thread; the returned action removes it. */
    public Runnable listen(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    void received(Instant at) {
        synchronized (this) {
            counts = new Counts(counts.received() + 1, counts.refused(), at);
        }
        listeners.forEach(Runnable::run);
    }

    void refused() {
        synchronized (this) {
            counts = new Counts(counts.received(), counts.refused() + 1, counts.lastReceived());
        }
        listeners.forEach(Runnable::run);
    }
}
