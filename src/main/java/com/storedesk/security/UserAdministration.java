package com.storedesk.security;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditTrail;
import com.storedesk.data.UserRepository;
import com.storedesk.data.UserRow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What administrators do with accounts. Every call checks the caller's session first. Blocking. */
public final class UserAdministration {

    private final UserRepository users;
    private final SecretHasher hasher;
    private final AccountWrites writes;

    public UserAdministration(UserRepository users, SecretHasher hasher, AuditTrail audit) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.writes = new AccountWrites(users, hasher, audit);
    }

    public List<UserAccount> list(UserSession caller) {
        requireAdministrator(caller);
        return users.list().stream().map(UserAccount::of).toList();
    }

    /**
     * Every account, for read-only command-line use by whoever can open the database file (who can
     * read all of it anyway). The window never calls it.
     */
    public List<UserAccount> listWithFileAccess() {
        return users.list().stream().map(UserAccount::of).toList();
    }

    public UserAccount create(UserSession caller, NewAccount account) {
        requireAdministrator(caller);
        return writes.create(caller.username(), account, existing -> false).orElseThrow();
    }

    /** Replaces the stores {@code username} may see. */
    public void setStores(UserSession caller, String username, boolean allStores, Set<Long> storeIds) {
        UserRow row = target(caller, username);
        if (!allStores && storeIds.isEmpty() && !row.role().equals(Role.ADMINISTRATOR.name())) {
            throw new AccountException("security.stores.rule");
        }
        users.setStores(row.id(), allStores, allStores ? Set.of() : storeIds);
        changed(caller, row, "stores");
    }

    /** A new password or PIN, for someone who forgot theirs; it also lifts a lock. */
    public void resetSecret(UserSession caller, String username, String secret) {
        UserRow row = target(caller, username);
        Role role = Role.valueOf(row.role());
        SecretRules.check(role, secret);
        users.setSecret(row.id(), hasher.hash(secret), SecretKind.forRole(role).name());
        changed(caller, row, "secret");
    }

    public void unlock(UserSession caller, String username) {
        UserRow row = target(caller, username);
        users.clearFailures(row.id());
        changed(caller, row, "unlocked");
    }

    /** Disabling keeps the account (and its history in the audit trail) but refuses its sign-ins. */
    public void setDisabled(UserSession caller, String username, boolean disabled) {
        UserRow row = target(caller, username);
        if (disabled && Usernames.normalize(username).equals(caller.username())) {
            throw new AccountException("security.disable.self");
        }
        users.setDisabled(row.id(), disabled);
        changed(caller, row, disabled ? "disabled" : "enabled");
    }

    private UserRow target(UserSession caller, String username) {
        requireAdministrator(caller);
        return users.find(Usernames.normalize(username))
                .orElseThrow(() -> new AccountException("security.user.unknown"));
    }

    private void changed(UserSession caller, UserRow row, String change) {
        writes.record(caller.username(), AuditAction.USER_CHANGED, row.username(), Map.of("change", change));
    }

    private static void requireAdministrator(UserSession caller) {
        StoreAccess.requireRole(caller, Role.ADMINISTRATOR);
    }
}
