package com.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scopes as sign-in hands them out, checked the way services check them. */
class StoreAccessTest {

    private Accounts accounts;
    private List<StoreSummary> stores;

    @BeforeEach
    void open() {
        accounts = new Accounts();
        stores = new StoreRepository(accounts.database).listStores();
    }

    @AfterEach
    void close() {
        accounts.close();
    }

    @Test
    void aStoreManagerOfOneStoreCannotReachAnother() {
        accounts.create("maria", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeA);
        UserSession maria = accounts.signedIn("maria", Accounts.PASSWORD);

        assertThatCode(() -> StoreAccess.require(maria, accounts.storeA)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StoreAccess.require(maria, accounts.storeB))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey()).isEqualTo("security.denied.store");
        assertThat(StoreAccess.visibleStores(maria, stores)).extracting(StoreSummary::id).containsExactly(accounts.storeA);
        assertThat(StoreAccess.canApprove(maria, accounts.storeA)).isTrue();
        assertThat(StoreAccess.canApprove(maria, accounts.storeB)).isFalse();
    }

    @Test
    void anAssociateApprovesNothingNotEvenInTheirOwnStore() {
        accounts.create("ann", Role.ASSOCIATE, "2468", accounts.storeA);
        UserSession ann = accounts.signedIn("ann", "2468");

        assertThat(StoreAccess.canApprove(ann, accounts.storeA)).isFalse();
        assertThatThrownBy(() -> StoreAccess.requireApprover(ann, accounts.storeA))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StoreAccess.requireRole(ann, Role.STORE_MANAGER, Role.DISTRICT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDistrictManagerSeesTheirStoresOnly() {
        accounts.create("dana", Role.DISTRICT_MANAGER, Accounts.PASSWORD, accounts.storeB);
        UserSession dana = accounts.signedIn("dana", Accounts.PASSWORD);

        assertThat(StoreAccess.visibleStores(dana, stores)).extracting(StoreSummary::id).containsExactly(accounts.storeB);
        assertThatThrownBy(() -> StoreAccess.require(dana, accounts.storeA)).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> StoreAccess.requireRole(dana, Role.DISTRICT_MANAGER)).doesNotThrowAnyException();
    }

    @Test
    void anAdministratorSeesEveryStore() {
        accounts.setup.createFirstAdministrator("it", "IT", Accounts.PASSWORD);
        UserSession it = accounts.signedIn("it", Accounts.PASSWORD);

        assertThat(StoreAccess.visibleStores(it, stores)).extracting(StoreSummary::id)
                .containsExactlyInAnyOrder(accounts.storeA, accounts.storeB);
        assertThat(StoreAccess.canApprove(it, accounts.storeB)).isTrue();
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        accounts.create("maria", Role.STORE_MANAGER, Accounts.PASSWORD, accounts.storeA);
        UserSession maria = accounts.signedIn("maria", Accounts.PASSWORD);
        NewAccount helper = new NewAccount("helper", "Helper", Role.ASSOCIATE, "1234", false,
                java.util.Set.of(accounts.storeA));

        assertThatThrownBy(() -> accounts.admin.create(maria, helper)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.admin.list(maria)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.admin.resetSecret(maria, "maria", "a-new-password-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.admin.list(Accounts.ROOT)).extracting(UserAccount::username).containsExactly("maria");
    }
}
