package com.storedesk.pos.http;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Response;

/**
 * Paces a connection before the platform has to refuse it: a platform that reports how much of its
 * allowance is left (a leaky bucket's level, say) is read after every answer, and the next request
 * waits until it fits. A 429 is then the exception, not the way the limit is found.
 *
 * <p>One per connection, called by {@link PosHttp} only; implementations keep their own state.
 */
public interface RequestThrottle {

    /** No pacing: every request goes out at once (platforms that only answer 429). */
    RequestThrottle NONE = new RequestThrottle() {
        @Override
        public Duration beforeRequest(Instant now) {
            return Duration.ZERO;
        }

        @Override
        public void afterResponse(Response response, Instant now) {
            // nothing to learn
        }
    };

    /** How long the next request should wait so it does not overflow the platform's allowance. */
    Duration beforeRequest(Instant now);

    /** Reads what a response (of any status) says about the allowance. */
    void afterResponse(Response response, Instant now);
}
