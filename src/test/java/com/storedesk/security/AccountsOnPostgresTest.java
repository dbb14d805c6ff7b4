package com.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.testing.PostgresSchemas;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts, scopes and lockout on a real PostgreSQL, in a fresh schema dropped afterwards. Skipped
 * when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class AccountsOnPostgresTest {

    private final PostgresSchemas schemas = new PostgresSchemas("storedesk_users");
    private Accounts accounts;

    @BeforeEach
    void open() {
        accounts = new Accounts(schemas.fresh());
    }

    @AfterEach
    void drop() {
        if (accounts != null) {
            accounts.close();
        }
        schemas.dropAll();
    }

    @Test
    void accountsScopesAndLocksRoundTrip() {
        accounts.create("Maria", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeA);
        accounts.admin.setStores(Accounts.ROOT, "maria", false, Set.of(accounts.storeA, accounts.storeB));
        for (int i = 0; i < Lockout.MAX_FAILURES; i++) {
            accounts.signIn.signIn("maria", "wrong-" + i);
        }

        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD))
                .isEqualTo(new SignInResult.Locked(Accounts.START.plus(Lockout.LOCK)));
        accounts.clock.advance(Duration.ofMinutes(15));
        UserSession maria = accounts.signedIn("MARIA", Accounts.PASSWORD);
        assertThat(maria.storeIds()).containsExactlyInAnyOrder(accounts.storeA, accounts.storeB);
        assertThat(accounts.admin.list(Accounts.ROOT)).singleElement()
                .satisfies(account -> assertThat(account.lockedUntil()).isEmpty());
    }
}
