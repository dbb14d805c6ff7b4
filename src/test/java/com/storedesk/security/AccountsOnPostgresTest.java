package com.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.DatabaseLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts, scopes and lockout on a real PostgreSQL, in a fresh schema dropped afterwards. Skipped
 * when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class AccountsOnPostgresTest {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");

    private String schema;
    private Accounts accounts;

    @BeforeEach
    void open() throws SQLException {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        schema = "storedesk_users_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        accounts = new Accounts(new DatabaseLocation.Jdbc(url, USER, PASSWORD));
    }

    @AfterEach
    void drop() throws SQLException {
        if (accounts != null) {
            accounts.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
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

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
