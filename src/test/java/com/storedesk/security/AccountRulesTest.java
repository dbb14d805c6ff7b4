package com.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first administrator, and what a new account's name, secret and stores must be. */
class AccountRulesTest {

    private Accounts accounts;

    @BeforeEach
    void open() {
        accounts = new Accounts();
    }

    @AfterEach
    void close() {
        accounts.close();
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnceOnly() {
        assertThat(accounts.setup.needsAdministrator()).isTrue();

        UserSession it = accounts.setup.createFirstAdministrator("IT", "Chain IT", Accounts.PASSWORD);

        assertThat(it.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(it.allStores()).isTrue();
        assertThat(accounts.setup.needsAdministrator()).isFalse();
        assertThatThrownBy(() -> accounts.setup.createFirstAdministrator("intruder", "Intruder", Accounts.PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.admin.list(it)).extracting(UserAccount::username).containsExactly("it");
        assertThat(accounts.audit).extracting(AuditEvent::action).containsExactly(AuditAction.USER_CREATED);
        assertThat(accounts.audit.toString()).doesNotContain(Accounts.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "123456789", "12a4", "12 34", ""})
    void anAssociatesPinIsFourToEightDigits(String pin) {
        assertThatThrownBy(() -> accounts.create("ann", Role.ASSOCIATE, pin, accounts.storeA))
                .isInstanceOf(AccountException.class).hasMessage("security.pin.rule");
    }

    @Test
    void aPinIsForAssociatesOnlyAndAManagersPasswordHasTenCharactersAtLeast() {
        assertThatThrownBy(() -> accounts.create("maria", Role.STORE_MANAGER, "2468", accounts.storeA))
                .hasMessage("security.password.rule");
        assertThatThrownBy(() -> accounts.create("maria", Role.STORE_MANAGER, "short-pw1", accounts.storeA))
                .hasMessage("security.password.rule");
        assertThatThrownBy(() -> accounts.create("ann", Role.ASSOCIATE, "a-long-password", accounts.storeA))
                .hasMessage("security.pin.rule");
        assertThat(accounts.create("ann", Role.ASSOCIATE, "24681357", accounts.storeA).secretKind())
                .isEqualTo(SecretKind.PIN);
        assertThat(accounts.create("maria", Role.STORE_MANAGER, "exactly-10", accounts.storeA).secretKind())
                .isEqualTo(SecretKind.PASSWORD);
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        accounts.create("maria", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeA);

        assertThatThrownBy(() -> accounts.create("MARIA", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeB))
                .hasMessage("security.username.taken");
        assertThatThrownBy(() -> accounts.create("no spaces", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeB))
                .hasMessage("security.username.rule");
    }

    @Test
    void everyoneButAnAdministratorNeedsAStore() {
        assertThatThrownBy(() -> accounts.create("maria", Role.STORE_MANAGER, Accounts.PASSWORD))
                .hasMessage("security.stores.rule");
    }

    @Test
    void anAdministratorMovesAManagerToAnotherStoreAndResetsTheirPassword() {
        accounts.create("maria", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeA);

        accounts.admin.setStores(Accounts.ROOT, "maria", false, Set.of(accounts.storeB));
        accounts.admin.resetSecret(Accounts.ROOT, "maria", "a-brand-new-one");

        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.WrongCredentials.class);
        UserSession maria = accounts.signedIn("maria", "a-brand-new-one");
        assertThat(maria.canSeeStore(accounts.storeB)).isTrue();
        assertThat(maria.canSeeStore(accounts.storeA)).isFalse();
        assertThat(accounts.audit).filteredOn(e -> e.action() == AuditAction.USER_CHANGED)
                .extracting(e -> e.details().get("change")).containsExactly("stores", "secret");
        assertThat(accounts.audit.toString()).doesNotContain("a-brand-new-one");
    }
}
