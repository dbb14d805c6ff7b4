package com.storedesk.pos.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Response;

/**
 * How long a platform asks to be left alone after it answered 429. Most say it in
 * {@code Retry-After}; a connector whose platform uses headers of its own (a leaky bucket's level
 * and drip rate, say) passes its own reading.
 */
@FunctionalInterface
public interface RateLimitWait {

    /** The standard {@code Retry-After} header. */
    RateLimitWait RETRY_AFTER = (response, now) -> RetryAfter.parse(response.header("Retry-After"), now);

    /** The wait the response asks for; empty when it does not say (the layer then backs off exponentially). */
    Optional<Duration> after(Response response, Instant now);
}
