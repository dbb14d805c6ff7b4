package com.storedesk.pos.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a platform and StoreDesk share to authenticate deliveries: Square's signature key, Shopify's
 * client secret, Clover's auth code or Lightspeed's client secret, and for Square the notification URL
 * the subscription was registered with (part of what Square signs). Never printed: {@link #toString()}
 * names no value.
 */
public final class WebhookSecret {

    private final byte[] key;
    private final String notificationUrl;

    private WebhookSecret(byte[] key, String notificationUrl) {
        if (key.length == 0) {
            throw new IllegalArgumentException("A webhook secret must not be empty");
        }
        this.key = key;
        this.notificationUrl = notificationUrl;
    }

    public static WebhookSecret of(String secret) {
        return new WebhookSecret(Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8), null);
    }

    /** The same secret, for a subscription registered at {@code url} (Square signs the URL too). */
    public WebhookSecret at(String url) {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("A notification URL must not be blank");
        }
        return new WebhookSecret(key, url);
    }

    /** The secret's bytes (UTF-8), a copy. */
    byte[] key() {
        return key.clone();
    }

    public Optional<String> notificationUrl() {
        return Optional.ofNullable(notificationUrl);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && Arrays.equals(key, that.key)
                && Objects.equals(notificationUrl, that.notificationUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(key), notificationUrl);
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted" + (notificationUrl == null ? "" : ", url=" + notificationUrl) + "]";
    }
}
