package com.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInServiceTest {

    private Accounts accounts;

    @BeforeEach
    void open() {
        accounts = new Accounts();
        accounts.create("Maria", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeA);
        accounts.audit.clear();
    }

    @AfterEach
    void close() {
        accounts.close();
    }

    @Test
    void theRightPasswordOpensASessionOverTheAccountsStoresWhateverTheCaseOfTheName() {
        SignInResult result = accounts.signIn.signIn("  MARIA ", Accounts.PASSWORD);

        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        UserSession session = ((SignInResult.SignedIn) result).session();
        assertThat(session.username()).isEqualTo("maria");
        assertThat(session.role()).isEqualTo(Role.STORE_MANAGER);
        assertThat(session.canSeeStore(accounts.storeA)).isTrue();
        assertThat(session.canSeeStore(accounts.storeB)).isFalse();
        assertThat(accounts.audit).extracting(AuditEvent::action).containsExactly(AuditAction.SIGN_IN);
        assertThat(accounts.audit.get(0).actor()).isEqualTo("maria");
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswerAndNeitherSecretIsRecorded() {
        SignInResult unknown = accounts.signIn.signIn("nobody", "secret-typed-by-nobody");
        SignInResult wrong = accounts.signIn.signIn("maria", "not-marias-password");

        assertThat(unknown).isEqualTo(wrong).isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(accounts.audit).extracting(AuditEvent::action)
                .containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
        assertThat(accounts.audit.get(0).subject()).isEqualTo(SignInService.UNKNOWN_SUBJECT);
        assertThat(accounts.audit.toString()).doesNotContain("secret-typed-by-nobody", "not-marias-password",
                "nobody");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() {
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(accounts.signIn.signIn("maria", "wrong-" + i)).isInstanceOf(SignInResult.WrongCredentials.class);
        }
        SignInResult fifth = accounts.signIn.signIn("maria", "wrong-5");

        assertThat(fifth).isEqualTo(new SignInResult.Locked(Accounts.START.plus(Lockout.LOCK)));
        assertThat(accounts.audit).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_LOCKED);
        accounts.clock.advance(Duration.ofMinutes(14));
        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.Locked.class);
        accounts.clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void aSuccessStartsTheCountOver() {
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            accounts.signIn.signIn("maria", "wrong-" + i);
        }
        accounts.signedIn("maria", Accounts.PASSWORD);
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(accounts.signIn.signIn("maria", "again-" + i)).isInstanceOf(SignInResult.WrongCredentials.class);
        }
        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void anAdministratorUnlocksALockedAccount() {
        for (int i = 0; i < Lockout.MAX_FAILURES; i++) {
            accounts.signIn.signIn("maria", "wrong-" + i);
        }
        accounts.admin.unlock(Accounts.ROOT, "maria");

        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void aDisabledAccountSaysSoOnlyToWhoeverKnowsItsPassword() {
        accounts.admin.setDisabled(Accounts.ROOT, "maria", true);

        assertThat(accounts.signIn.signIn("maria", "wrong-password")).isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.Disabled.class);
        accounts.admin.setDisabled(Accounts.ROOT, "maria", false);
        assertThat(accounts.signIn.signIn("maria", Accounts.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void theKioskListsTheEnabledAssociatesOfItsStoreOnly() {
        accounts.create("ann", Role.ASSOCIATE, "2468", accounts.storeA);
        accounts.create("bob", Role.ASSOCIATE, "1357", accounts.storeB);
        accounts.create("cy", Role.ASSOCIATE, "9753", accounts.storeA);
        accounts.admin.setDisabled(Accounts.ROOT, "cy", true);

        assertThat(accounts.signIn.associates(accounts.storeA)).extracting(KioskUser::username).containsExactly("ann");
        assertThat(accounts.signedIn("ann", "2468").role()).isEqualTo(Role.ASSOCIATE);
    }
}
