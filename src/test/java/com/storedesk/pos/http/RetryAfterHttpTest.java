package com.storedesk.pos.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterHttpTest {

    private static final Instant NOW = Instant.parse("2025-03-15T12:00:00Z");

    @Test
    void secondsOrAnHttpDate() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sat, 15 Mar 2025 12:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Sat, 15 Mar 2025 11:00:00 GMT", NOW)).as("already past").contains(Duration.ZERO);
    }

    @Test
    void absentOrUnreadableSaysNothing() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse(" ", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
    }
}
