package com.storedesk.pos.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Response;

/**
 * How long a platform asks to be left alone after it answered 429. Most say it in
 * {@code Retry-After}; a connector whose platform uses headers of its own (a leaky bucket's level
 * and drip rate, say) passes its own reading. A platform that refuses for its rate limit inside a
 * successful answer (a GraphQL API answering 200 with a THROTTLED error) also says so here.
 */
@FunctionalInterface
public interface RateLimitWait {

    /** The standard {@code Retry-After} header. */
    RateLimitWait RETRY_AFTER = (response, now) -> RetryAfter.parse(response.header("Retry-After"), now);

    /** The wait the response asks for; empty when it does not say (the layer then backs off exponentially). */
    Optional<Duration> after(Response response, Instant now);

    /**
     * For an answer the HTTP layer would hand back (2xx, or a 4xx other than 429): the wait when
     * the platform did not run the call for its rate limit, to be retried like a 429; empty when
     * the answer is the caller's. Only platforms that say "throttled" in a body need this.
     */
    default Optional<Duration> throttled(HttpReply reply, Instant now) {
        return Optional.empty();
    }
}
