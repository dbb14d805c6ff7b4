package com.storedesk.actions.outbox;

import com.storedesk.actions.Repeating;
import java.time.Duration;
import java.util.Objects;

/** Runs an {@link OutboxWorker} on a daemon thread named "outbox" every few seconds while live data runs. */
public final class Outbox implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(5);

    private final Repeating passes;

    public Outbox(OutboxWorker worker) {
        Objects.requireNonNull(worker, "worker");
        this.passes = new Repeating("outbox", PERIOD, worker::runOnce);
    }

    /** Starts the passes; the first one at once (it resumes what a stop left sent). Harmless twice. */
    public void start() {
        passes.start();
    }

    public boolean isRunning() {
        return passes.isRunning();
    }

    @Override
    public void close() {
        passes.close();
    }
}
