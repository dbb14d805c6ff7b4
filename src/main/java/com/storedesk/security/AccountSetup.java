package com.storedesk.security;

import com.storedesk.audit.AuditTrail;
import com.storedesk.data.UserRepository;
import java.util.Objects;
import java.util.Set;

/**
 * A new database has no accounts: the first start asks for the administrator, who then creates
 * everyone else. Creating an administrator this way is refused as soon as one exists.
 */
public final class AccountSetup {

    private final UserRepository users;
    private final AccountWrites writes;

    public AccountSetup(UserRepository users, SecretHasher hasher, AuditTrail audit) {
        this.users = Objects.requireNonNull(users, "users");
        this.writes = new AccountWrites(users, hasher, audit);
    }

    /** Whether no enabled administrator exists yet, so the window must ask for one. Blocking. */
    public boolean needsAdministrator() {
        return !users.anyEnabled(Role.ADMINISTRATOR.name());
    }

    /**
     * Creates the first administrator and signs them in. Checked again inside the insert's
     * transaction, so two windows racing on one new database make one administrator, not two.
     */
    public UserSession createFirstAdministrator(String username, String displayName, String password) {
        NewAccount account = new NewAccount(username, displayName, Role.ADMINISTRATOR, password, true, Set.of());
        return writes.create(Usernames.normalize(username), account,
                        existing -> existing.stream().anyMatch(u -> u.role().equals(Role.ADMINISTRATOR.name())))
                .map(UserAccount::session)
                .orElseThrow(() -> new AccessDeniedException("security.setup.done"));
    }
}
