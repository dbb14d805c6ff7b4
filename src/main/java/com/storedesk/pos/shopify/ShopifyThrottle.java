package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.RateLimitWait;
import com.storedesk.pos.http.RetryAfter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Response;

/**
 * Shopify's GraphQL rate limit as the HTTP layer's {@link RateLimitWait}. Shopify refuses a query
 * the bucket cannot pay for with a THROTTLED error (in a 200 answer, or a 429) and the bucket's
 * state; the wait is the missing points at the restore rate.
 */
final class ShopifyThrottle implements RateLimitWait {

    /** When Shopify says THROTTLED but not how full its bucket is: it restores at least 50 points a second. */
    static final Duration UNKNOWN_WAIT = Duration.ofSeconds(1);

    @Override
    public Optional<Duration> after(Response response, Instant now) {
        Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), now);
        if (asked.isPresent()) {
            return asked;
        }
        try {
            return Optional.of(waitFor(ShopifyApi.readTree(response.peekBody(1 << 16).string())));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Duration> throttled(HttpReply reply, Instant now) {
        if (!reply.body().contains("THROTTLED")) {
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = ShopifyApi.readTree(reply.body());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return ShopifyApi.errorCodes(answer).contains("THROTTLED") ? Optional.of(waitFor(answer)) : Optional.empty();
    }

    private static Duration waitFor(JsonNode answer) {
        return ThrottleStatus.of(answer).map(status -> status.untilAvailable(status.requestedQueryCost()))
                .filter(wait -> !wait.isZero()).orElse(UNKNOWN_WAIT);
    }
}
