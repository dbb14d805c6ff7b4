package com.storedesk.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is using StoreDesk right now and over which stores.
 *
 * @param storeIds the stores this person may see; empty with {@code allStores} true means every store
 */
public record UserSession(String displayName, Role role, boolean allStores, Set<Long> storeIds) {

    public UserSession {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        storeIds = Set.copyOf(storeIds);
    }

    /**
     * The session the client runs with until sign-in exists: a store manager of every store,
     * or an associate on a kiosk.
     */
    public static UserSession unsignedLocal(boolean kiosk) {
        return new UserSession("", kiosk ? Role.ASSOCIATE : Role.STORE_MANAGER, true, Set.of());
    }

    public boolean canSeeStore(long storeId) {
        return allStores || storeIds.contains(storeId);
    }
}
