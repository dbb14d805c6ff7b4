package com.storedesk.pos.webhook;

import java.util.Objects;
import java.util.Optional;

/**
 * One secret a delivery may be signed with, and whose it is: a saved connection's (then a match tells
 * which store the delivery came from) or the environment's (a match names no connection).
 *
 * @param connectionId the saved connection holding {@code secret}; null for the environment's
 */
public record WebhookKey(WebhookSecret secret, Long connectionId) {

    public WebhookKey {
        Objects.requireNonNull(secret, "secret");
    }

    /** A key that names no connection (an environment variable's). */
    public static WebhookKey unnamed(WebhookSecret secret) {
        return new WebhookKey(secret, null);
    }

    public Optional<Long> connection() {
        return Optional.ofNullable(connectionId);
    }
}
