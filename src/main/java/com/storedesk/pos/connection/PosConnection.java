package com.storedesk.pos.connection;

import com.storedesk.data.PosConnectionRepository;
import com.storedesk.data.PosConnectionRow;
import com.storedesk.data.entity.SyncState;
import java.time.Instant;
import java.util.Optional;

/**
 * One store's POS connection as saved. The references name vault entries; whether this computer
 * holds them is the vault's to say.
 *
 * @param locationId the Shopify location the store is; null for platforms whose account is the store
 * @param notificationUrl the URL the Square webhook subscription posts to (part of what Square signs);
 *     null for the other platforms or when not given
 */
public record PosConnection(long id, Platform platform, Environment environment, String baseUrl, String accountId,
        String locationId, String credentialRef, String webhookSecretRef, String notificationUrl, boolean enabled,
        Instant updatedAt, String updatedBy) {

    /** A connection without a notification URL (every platform but Square). */
    public PosConnection(long id, Platform platform, Environment environment, String baseUrl, String accountId,
            String locationId, String credentialRef, String webhookSecretRef, boolean enabled, Instant updatedAt,
            String updatedBy) {
        this(id, platform, environment, baseUrl, accountId, locationId, credentialRef, webhookSecretRef, null, enabled,
                updatedAt, updatedBy);
    }

    static PosConnection of(PosConnectionRow row) {
        return new PosConnection(row.id(), Platform.valueOf(row.platform()), Environment.valueOf(row.environment()),
                row.baseUrl(), row.accountId(), row.locationId(), row.credentialRef(), row.webhookSecretRef(),
                row.notificationUrl(), row.enabled(), row.updatedAt(), row.updatedBy());
    }

    /** The source of its events and of the store its first sync creates. */
    public String source() {
        return platform.source(accountId);
    }

    /**
     * Whose sync state is this connection's within its source: the location's own id for Shopify, whose
     * locations share the shop's source (decision 0033); chain-wide ({@code "*"}) otherwise. The
     * connector's {@code syncScope()} says the same.
     */
    public String syncScope() {
        String key = PosConnectionRepository.locationKey(locationId);
        return platform == Platform.SHOPIFY && !key.isEmpty() ? key : SyncState.CHAIN_WIDE;
    }

    public Optional<String> location() {
        return Optional.ofNullable(locationId).filter(id -> !id.isBlank());
    }

    public Optional<String> credential() {
        return Optional.ofNullable(credentialRef);
    }

    public Optional<String> webhookSecret() {
        return Optional.ofNullable(webhookSecretRef);
    }

    public Optional<String> notification() {
        return Optional.ofNullable(notificationUrl).filter(url -> !url.isBlank());
    }
}
