package com.storedesk.data;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code pos_connection} row: which platform account a store is pulled from. The references name
 * vault entries; the row never holds a secret.
 *
 * @param id 0 for a row not yet inserted
 * @param platform {@code SQUARE}, {@code SHOPIFY}, {@code LIGHTSPEED}, {@code CLOVER} or {@code DEMO}
 * @param environment {@code PRODUCTION}, {@code SANDBOX} or {@code CUSTOM}
 * @param accountId the platform's location, shop or account id
 * @param locationId the shop's retail location for Shopify; null for platforms whose account is the store
 * @param credentialRef the vault entry of the access token; null when none was given
 * @param webhookSecretRef the vault entry of the webhook signature key; null when none was given
 * @param notificationUrl the URL a Square webhook subscription posts to (Square signs it); null otherwise
 */
public record PosConnectionRow(long id, String platform, String environment, String baseUrl, String accountId,
        String locationId, String credentialRef, String webhookSecretRef, String notificationUrl, boolean enabled,
        Instant createdAt, Instant updatedAt, String updatedBy) {

    public PosConnectionRow {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    public PosConnectionRow withId(long newId) {
        return new PosConnectionRow(newId, platform, environment, baseUrl, accountId, locationId, credentialRef, webhookSecretRef,
                notificationUrl, enabled, createdAt, updatedAt, updatedBy);
    }
}
