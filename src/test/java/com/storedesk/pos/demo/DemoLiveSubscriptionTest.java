package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.LiveSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The connector's live thread: catch-up first, then batches as the clock moves, stopped by close. */
class DemoLiveSubscriptionTest {

    private static final Instant START = Instant.parse("2026-03-16T15:00:00Z");

    @Test
    void deliversTheCatchUpThenWhatHappensAsTheClockMovesUntilClosed() throws Exception {
        SteppingClock clock = new SteppingClock(START);
        BlockingQueue<List<RetailEvent>> batches = new LinkedBlockingQueue<>();
        AtomicReference<String> threadName = new AtomicReference<>();
        try (DemoConnector connector = new DemoConnector(DemoHistory.options(2, 7), clock)) {
            LiveSubscription subscription = connector.subscribeLive(batch -> {
                threadName.set(Thread.currentThread().getName());
                batches.add(batch);
            });
            List<RetailEvent> catchUp = batches.poll(30, TimeUnit.SECONDS);
            assertThat(catchUp).isNotEmpty().allSatisfy(e -> assertThat(e.source()).isEqualTo("demo"));
            assertThat(threadName.get()).isEqualTo("demo-live");

            clock.advance(Duration.ofMinutes(10));
            List<RetailEvent> next = batches.poll(10, TimeUnit.SECONDS);
            assertThat(next).isNotNull().filteredOn(SaleRecorded.class::isInstance).isNotEmpty();
            assertThat(next).filteredOn(SaleRecorded.class::isInstance)
                    .allSatisfy(e -> assertThat(((SaleRecorded) e).occurredAt()).isAfterOrEqualTo(START));

            subscription.close();
            subscription.close();
            assertThat(liveThreads()).isZero();
            batches.clear();
            clock.advance(Duration.ofMinutes(10));
            assertThat(batches.poll(1500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void closingTheConnectorStopsItsSubscriptions() throws Exception {
        BlockingQueue<List<RetailEvent>> batches = new LinkedBlockingQueue<>();
        DemoConnector connector = new DemoConnector(DemoHistory.options(1, 7), Clock.fixed(START, ZoneOffset.UTC));
        connector.subscribeLive(batches::add);
        assertThat(batches.poll(30, TimeUnit.SECONDS)).isNotEmpty();
        connector.close();
        assertThat(liveThreads()).isZero();
    }

    private static long liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("demo-live") && t.isAlive()).count();
    }

    /** A clock the test moves forward by hand; its zone views share the same time. */
    private static final class SteppingClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        SteppingClock(Instant start) {
            this(new AtomicReference<>(start), ZoneOffset.UTC);
        }

        private SteppingClock(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration step) {
            now.updateAndGet(t -> t.plus(step));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new SteppingClock(now, newZone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
