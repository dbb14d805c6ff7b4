package com.storedesk.security;

import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.UserRepository;
import com.storedesk.data.entity.Store;
import com.storedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh database with two stores, the account services on it with cheap hashing, a clock the
 * test moves, and the audit events they recorded.
 */
final class Accounts implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T15:30:00Z");
    static final String PASSWORD = "correct horse battery";
    static final UserSession ROOT = new UserSession("Root", Role.ADMINISTRATOR, true, Set.of(), "root");

    final MovableClock clock = new MovableClock(START);
    final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    final Database database;
    final long storeA;
    final long storeB;
    final SignInService signIn;
    final AccountSetup setup;
    final UserAdministration admin;

    Accounts() {
        this(new DatabaseLocation.H2File(Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")));
    }

    Accounts(DatabaseLocation location) {
        database = Database.open(location, clock);
        storeA = store("A01", "Store A");
        storeB = store("B02", "Store B");
        UserRepository users = new UserRepository(database, clock);
        SecretHasher hasher = SecretHasher.forTests();
        signIn = new SignInService(users, hasher, audit::add, clock);
        setup = new AccountSetup(users, hasher, audit::add);
        admin = new UserAdministration(users, hasher, audit::add);
    }

    private long store(String code, String name) {
        return database.write(session -> {
            Store store = new Store("demo", code, code, name, ZoneId.of("America/New_York"),
                    java.util.Currency.getInstance("USD"));
            session.persist(store);
            return store.getId();
        });
    }

    UserAccount create(String username, Role role, String secret, Long... stores) {
        return admin.create(ROOT, new NewAccount(username, username + " Name", role, secret, false, Set.of(stores)));
    }

    UserSession signedIn(String username, String secret) {
        return ((SignInResult.SignedIn) signIn.signIn(username, secret)).session();
    }

    @Override
    public void close() {
        database.close();
    }
}
