package com.storedesk.security;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.data.UserRepository;
import com.storedesk.data.UserRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Checks and writes a new account and audits it; shared by the first-start setup and administrators. */
final class AccountWrites {

    private final UserRepository users;
    private final SecretHasher hasher;
    private final AuditTrail audit;

    AccountWrites(UserRepository users, SecretHasher hasher, AuditTrail audit) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** Creates {@code account} unless {@code refuse} says no on the users already there (then empty). */
    Optional<UserAccount> create(String actor, NewAccount account, Predicate<List<UserRow>> refuse) {
        String username = Usernames.forNewAccount(account.username());
        String displayName = account.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new AccountException("security.displayName.rule");
        }
        SecretRules.check(account.role(), account.secret());
        if (users.find(username).isPresent()) {
            throw new AccountException("security.username.taken");
        }
        boolean allStores = account.allStores() || account.role() == Role.ADMINISTRATOR;
        if (!allStores && account.storeIds().isEmpty()) {
            throw new AccountException("security.stores.rule");
        }
        UserRepository.NewUser user = new UserRepository.NewUser(username, displayName, account.role().name(),
                hasher.hash(account.secret()), SecretKind.forRole(account.role()).name(), allStores,
                allStores ? Set.of() : account.storeIds());
        Optional<UserAccount> created = users.insertUnless(user, refuse).map(UserAccount::of);
        created.ifPresent(made -> record(actor, AuditAction.USER_CREATED, made.username(), Map.of(
                "role", made.role().name(), "allStores", String.valueOf(made.allStores()),
                "stores", String.valueOf(made.storeIds().size()))));
        return created;
    }

    void record(String actor, AuditAction action, String subject, Map<String, String> details) {
        audit.record(new AuditEvent(actor, action, null, subject, new TreeMap<>(details)));
    }
}
