package com.storedesk.security;

import java.util.Set;

/**
 * What an administrator fills in to create an account. {@code secret} is the first password or PIN;
 * it is hashed and forgotten. Administrators reach every store whatever {@code allStores} says.
 */
public record NewAccount(String username, String displayName, Role role, String secret, boolean allStores,
        Set<Long> storeIds) {

    public NewAccount {
        storeIds = Set.copyOf(storeIds);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "NewAccount[role=" + role + ", stores=" + storeIds.size() + "]";
    }
}
