package com.storedesk.actions;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one piece of work on a daemon thread of its own, at once and then every {@code period}
 * after the previous run ends. A run that fails is logged and the next one still comes. Closing
 * lets a run in flight finish rather than interrupting it: an interrupted database call can close
 * an H2 file.
 */
public final class Repeating implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Repeating.class);

    private final String name;
    private final Duration period;
    private final Runnable work;
    private ScheduledExecutorService thread;

    public Repeating(String name, Duration period, Runnable work) {
        this.name = Objects.requireNonNull(name, "name");
        this.period = Objects.requireNonNull(period, "period");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Starts the runs, the first one at once. Harmless twice. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, name);
            named.setDaemon(true);
            return named;
        });
        thread.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One extra run as soon as the one in flight (if any) ends; nothing when not started. */
    public synchronized void runNow() {
        if (thread != null) {
            thread.execute(this::runOnce);
        }
    }

    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void runOnce() {
        try {
            work.run();
        } catch (RuntimeException e) {
            // A run that fails (the database away) must not end the schedule.
            LOG.warn("A run of {} failed; the next one tries again", name, e);
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
