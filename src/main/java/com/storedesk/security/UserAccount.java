package com.storedesk.security;

import com.storedesk.data.UserRow;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** An account as administrators see it: who, which role, which stores, and whether it can sign in now. */
public record UserAccount(String username, String displayName, Role role, SecretKind secretKind, boolean allStores,
        Set<Long> storeIds, int failedAttempts, Optional<Instant> lockedUntil, boolean disabled) {

    public UserAccount {
        storeIds = Set.copyOf(storeIds);
    }

    static UserAccount of(UserRow row) {
        return new UserAccount(row.username(), row.displayName(), Role.valueOf(row.role()),
                SecretKind.valueOf(row.secretKind()), row.allStores(), row.storeIds(), row.failedAttempts(),
                row.lockedUntil(), row.disabled());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /** What this person may do once signed in; an administrator reaches every store whatever the scope says. */
    UserSession session() {
        return new UserSession(displayName, role, allStores || role == Role.ADMINISTRATOR, storeIds, username);
    }
}
