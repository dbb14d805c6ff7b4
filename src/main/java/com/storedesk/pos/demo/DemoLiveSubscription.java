package com.storedesk.pos.demo;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.LiveSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link DemoLiveFeed} on a daemon thread named "demo-live": builds the feed (on this
 * thread, since catching up takes a moment), delivers the catch-up, then every tick the events
 * since the last tick by the clock. A sink that fails loses that batch, not the feed.
 */
final class DemoLiveSubscription implements LiveSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLiveSubscription.class);

    private final Supplier<DemoLiveFeed> feed;
    private final Clock clock;
    private final Consumer<List<RetailEvent>> sink;
    private final Duration tick;
    private final Consumer<DemoLiveSubscription> onClose;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    DemoLiveSubscription(Supplier<DemoLiveFeed> feed, Clock clock, Consumer<List<RetailEvent>> sink, Duration tick,
            Consumer<DemoLiveSubscription> onClose) {
        this.feed = feed;
        this.clock = clock;
        this.sink = sink;
        this.tick = tick;
        this.onClose = onClose;
        this.thread = new Thread(this::run, "demo-live");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            DemoLiveFeed live = feed.get();
            deliver(live.catchUp());
            Instant last = live.origin();
            while (!stop.await(tick.toMillis(), TimeUnit.MILLISECONDS)) {
                Instant now = clock.instant();
                if (now.isAfter(last)) {
                    deliver(live.between(last, now));
                    last = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The demo live feed stopped", e);
        }
    }

    private void deliver(List<RetailEvent> batch) {
        if (batch.isEmpty() || stop.getCount() == 0) {
            return;
        }
        try {
            sink.accept(batch);
        } catch (RuntimeException e) {
            LOG.warn("A batch of {} live demo events was not taken", batch.size(), e);
        }
    }

    /** Stops the thread and waits for a batch in flight; safe to call twice, and from the sink itself. */
    @Override
    public void close() {
        stop.countDown();
        onClose.accept(this);
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
