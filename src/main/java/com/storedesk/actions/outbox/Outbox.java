package com.storedesk.actions.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link OutboxWorker} on a daemon thread named "outbox" every few seconds while live data
 * runs. Closing lets a pass in flight finish rather than interrupting it: an interrupted database
 * call can close an H2 file.
 */
public final class Outbox implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final OutboxWorker worker;
    private ScheduledExecutorService thread;

    public Outbox(OutboxWorker worker) {
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    /** Starts the passes; the first one at once (it resumes what a stop left sent). Harmless twice. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread outbox = new Thread(runnable, "outbox");
            outbox.setDaemon(true);
            return outbox;
        });
        thread.scheduleWithFixedDelay(this::pass, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void pass() {
        try {
            worker.runOnce();
        } catch (RuntimeException e) {
            // A pass that fails (the database away) must not end the schedule.
            LOG.warn("An outbox pass failed; the next one tries again", e);
        }
    }

    @Override
    public synchronized void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        boolean interrupted = false;
        while (!thread.isTerminated()) {
            try {
                thread.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        thread = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
