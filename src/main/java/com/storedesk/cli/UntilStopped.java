package com.storedesk.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for Ctrl-C (or a time limit), then lets the command close what it opened before the JVM exits:
 * the shutdown hook only signals, and holds the exit until {@link #close()} says the command is done.
 * Open it before the resources it guards, so it is closed after them.
 */
final class UntilStopped implements AutoCloseable {

    private static final long HOLD_EXIT_SECONDS = 15;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "storedesk-stop");

    UntilStopped() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Blocks until Ctrl-C, or until {@code limit} has passed when it is not null. */
    void await(Duration limit) throws InterruptedException {
        if (limit == null) {
            stop.await();
        } else {
            stop.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void stopAndWait() {
        stop.countDown();
        try {
            done.await(HOLD_EXIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: it was waiting for this close
        }
    }
}
