package com.storedesk.security;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.data.UserRepository;
import com.storedesk.data.UserRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a username and a secret and hands back the session they open. Blocking (hashing takes a
 * tenth of a second on purpose, the database and audit trail are written): call it off the FX thread.
 */
public final class SignInService {

    /** The audit subject of an attempt on a name no account has: what was typed may be a mistyped password. */
    static final String UNKNOWN_SUBJECT = "(unknown)";

    private final UserRepository users;
    private final SecretHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public SignInService(UserRepository users, SecretHasher hasher, AuditTrail audit, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SignInResult signIn(String username, String secret) {
        Instant now = clock.instant();
        Optional<UserRow> found = users.find(Usernames.normalize(username));
        if (found.isEmpty()) {
            hasher.matchNobody(secret);
            record(UNKNOWN_SUBJECT, AuditAction.SIGN_IN_FAILED, Map.of("reason", "credentials"));
            return new SignInResult.WrongCredentials();
        }
        UserRow row = found.get();
        UserAccount account = UserAccount.of(row);
        if (account.lockedAt(now)) {
            hasher.matchNobody(secret);
            record(account.username(), AuditAction.SIGN_IN_FAILED, Map.of("reason", "locked"));
            return new SignInResult.Locked(account.lockedUntil().orElseThrow());
        }
        if (!hasher.matches(secret, row.secretHash())) {
            return failed(row, now);
        }
        if (account.disabled()) {
            record(account.username(), AuditAction.SIGN_IN_FAILED, Map.of("reason", "disabled"));
            return new SignInResult.Disabled();
        }
        if (row.failedAttempts() > 0 || row.lockedUntil().isPresent()) {
            users.clearFailures(row.id());
        }
        record(account.username(), AuditAction.SIGN_IN, Map.of("role", account.role().name()));
        return new SignInResult.SignedIn(account.session());
    }

    /** The kiosk's list: the enabled associates of {@code storeId}, by name. */
    public List<KioskUser> associates(long storeId) {
        return users.inStore(storeId, Role.ASSOCIATE.name()).stream()
                .map(row -> new KioskUser(row.username(), row.displayName()))
                .toList();
    }

    private SignInResult failed(UserRow row, Instant now) {
        Optional<Instant> lock = Lockout.lockAfterFailure(row.failedAttempts(), now);
        // A lock starts the count over, so the next five misses after it ends lock again.
        users.recordFailure(row.id(), lock.isPresent() ? 0 : row.failedAttempts() + 1, lock);
        record(row.username(), AuditAction.SIGN_IN_FAILED, Map.of("reason", "credentials"));
        if (lock.isPresent()) {
            record(row.username(), AuditAction.ACCOUNT_LOCKED, Map.of("until", lock.get().toString()));
            return new SignInResult.Locked(lock.get());
        }
        return new SignInResult.WrongCredentials();
    }

    private void record(String username, AuditAction action, Map<String, String> details) {
        audit.record(new AuditEvent(username, action, null, username, details));
    }
}
