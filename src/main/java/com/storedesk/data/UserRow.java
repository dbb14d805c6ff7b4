package com.storedesk.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of {@code app_user} with its store scope. Role and secret kind are the names the
 * security layer gives them; this layer only stores them.
 *
 * @param username lower case
 * @param secretHash the encoded hash, never the secret
 */
public record UserRow(long id, String username, String displayName, String role, String secretHash,
        String secretKind, boolean allStores, Set<Long> storeIds, int failedAttempts,
        Optional<Instant> lockedUntil, boolean disabled) {

    public UserRow {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(secretKind, "secretKind");
        storeIds = Set.copyOf(storeIds);
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    /** Never prints the hash: rows end up in logs and assertion messages. */
    @Override
    public String toString() {
        return "UserRow[id=" + id + ", role=" + role + "]";
    }
}
