package com.storedesk.pos.connection;

import com.storedesk.security.vault.Secret;
import java.util.Objects;

/**
 * A connection as an administrator is about to save or test it. A null secret keeps the one
 * already stored; secrets print as {@code ***}, so the draft may be logged.
 *
 * @param id the connection changed, or null for a new one
 * @param baseUrl the address typed in, used for {@link Environment#CUSTOM}; otherwise the platform's
 * @param locationId the location typed in; used only where {@link Platform#hasLocation()}
 * @param notificationUrl the Square webhook subscription's URL typed in; used only for Square
 */
public record ConnectionDraft(Long id, Platform platform, Environment environment, String baseUrl, String accountId,
        String locationId, boolean enabled, Secret newCredential, Secret newWebhookSecret, String notificationUrl) {

    public ConnectionDraft {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(environment, "environment");
        accountId = accountId == null ? "" : accountId.strip();
        locationId = locationId == null ? "" : locationId.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        notificationUrl = notificationUrl == null ? "" : notificationUrl.strip();
    }

    /** A draft without a notification URL. */
    public ConnectionDraft(Long id, Platform platform, Environment environment, String baseUrl, String accountId,
            String locationId, boolean enabled, Secret newCredential, Secret newWebhookSecret) {
        this(id, platform, environment, baseUrl, accountId, locationId, enabled, newCredential, newWebhookSecret, "");
    }

    /** A draft for a platform whose account is the store (every one but Shopify). */
    public ConnectionDraft(Long id, Platform platform, Environment environment, String baseUrl, String accountId,
            boolean enabled, Secret newCredential, Secret newWebhookSecret) {
        this(id, platform, environment, baseUrl, accountId, "", enabled, newCredential, newWebhookSecret, "");
    }

    /** The server this draft talks to; empty text when it cannot tell (a custom address left blank). */
    public String effectiveBaseUrl() {
        String url = environment == Environment.CUSTOM ? baseUrl : platform.baseUrl(environment, accountId).orElse("");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
