package com.storedesk.pos.http;

import java.time.Duration;

/** Waits between attempts; tests pass one that only records the waits, so retries take no time. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
