package com.storedesk.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatingTest {

    @Test
    void runsAtOnceAndKeepsRunningAfterAFailure() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        try (Repeating repeating = new Repeating("test-repeating", Duration.ofMillis(10), () -> {
            runs.incrementAndGet();
            third.countDown();
            if (runs.get() == 1) {
                throw new IllegalStateException("the database is away");
            }
        })) {
            repeating.start();
            repeating.start();

            assertThat(third.await(5, TimeUnit.SECONDS)).as("runs after the failed first one").isTrue();
            assertThat(repeating.isRunning()).isTrue();
        }
    }

    @Test
    void closingWaitsForTheRunInFlightWithoutInterruptingIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        Repeating repeating = new Repeating("test-repeating", Duration.ofMinutes(1), () -> {
            started.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
        });
        repeating.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        repeating.close();

        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
        assertThat(repeating.isRunning()).isFalse();
    }
}
