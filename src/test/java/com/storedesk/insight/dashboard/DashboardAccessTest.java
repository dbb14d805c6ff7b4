package com.storedesk.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.insight.district.DistrictRow;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.SeededDemo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard and district services themselves refuse a store the session may not see. */
class DashboardAccessTest {

    private final AppContext context = SeededDemo.context();
    private final LocalDate day = SeededDemo.options().lastHistoryDay();
    private final List<StoreSummary> stores = context.stores().listStores();

    @Test
    void aStoreManagerReadsTheirOwnStoreAndIsRefusedAnother() {
        StoreSummary own = stores.get(0);
        StoreSummary other = stores.get(1);
        UserSession manager = new UserSession("Manager", Role.STORE_MANAGER, false, Set.of(own.id()), "manager.s01");

        assertThat(context.dashboards().load(manager, own, day).store()).isEqualTo(own);
        assertThatThrownBy(() -> context.dashboards().load(manager, other, day))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDistrictViewHoldsOnlyTheStoresOfTheSession() {
        Set<Long> two = Set.of(stores.get(1).id(), stores.get(2).id());
        UserSession district = new UserSession("District", Role.DISTRICT_MANAGER, false, two, "district");

        List<DistrictRow> rows = context.districts().load(day, district).rows();

        assertThat(rows).extracting(row -> row.store().id()).containsExactlyInAnyOrderElementsOf(two);
        assertThat(rows).extracting(DistrictRow::rank).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aSignedOutSessionSeesNoStore() {
        UserSession nobody = UserSession.signedOut();

        assertThat(context.districts().load(day, nobody).rows()).isEmpty();
        assertThatThrownBy(() -> context.dashboards().load(nobody, stores.get(0), day))
                .isInstanceOf(AccessDeniedException.class);
    }
}
