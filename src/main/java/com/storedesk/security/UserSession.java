package com.storedesk.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is using StoreDesk right now and over which stores. Services check it; screens only use it
 * to hide what the services would refuse anyway.
 *
 * @param storeIds the stores this person may see; empty with {@code allStores} true means every store
 * @param username the signed-in account (lower case), the actor of what they do in the audit trail;
 *     empty for a session nobody signed in to
 */
public record UserSession(String displayName, Role role, boolean allStores, Set<Long> storeIds, String username) {

    /** The audit trail's name for work done with the database file's own access, before any sign-in. */
    public static final String LOCAL = "local";

    public UserSession {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        storeIds = Set.copyOf(storeIds);
        Objects.requireNonNull(username, "username");
    }

    /** A session that belongs to no account (screens in tests, read-only command-line use). */
    public UserSession(String displayName, Role role, boolean allStores, Set<Long> storeIds) {
        this(displayName, role, allStores, storeIds, "");
    }

    /**
     * The session of what runs with the database file's own access and no sign-in: the read-only
     * command-line commands, and screens built directly in tests. The window never uses it: it
     * signs someone in first.
     */
    public static UserSession unsignedLocal(boolean kiosk) {
        return new UserSession("", kiosk ? Role.ASSOCIATE : Role.STORE_MANAGER, true, Set.of());
    }

    /**
     * How the audit trail names this session: the account's username, which never changes, or its
     * display name, or {@value #LOCAL} for what runs with the file's own access.
     */
    public String auditName() {
        return !username.isBlank() ? username : !displayName.isBlank() ? displayName : LOCAL;
    }

    /**
     * StoreDesk itself, for the start-up steps nobody signs in for (the demo's accounts, IT's pre-set
     * connection): an administrator of every store, named "system" in the audit trail.
     */
    public static UserSession system() {
        return new UserSession("", Role.ADMINISTRATOR, true, Set.of(), "system");
    }

    /** After sign-out: no store, no role above associate, until the next person signs in. */
    public static UserSession signedOut() {
        return new UserSession("", Role.ASSOCIATE, false, Set.of());
    }

    public boolean canSeeStore(long storeId) {
        return allStores || storeIds.contains(storeId);
    }
}
