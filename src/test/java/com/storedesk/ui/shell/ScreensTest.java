package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreensTest {

    @Test
    void theViewsAcrossStoresAreForDistrictManagersAndAdministratorsOnly() {
        assertThat(Screens.forRole(Screens.all(), Role.STORE_MANAGER)).extracting(ScreenSpec::id)
                .containsExactly(Screens.HOME, Screens.COPILOT, Screens.PLANOGRAM, Screens.COUNT, Screens.DASHBOARD, Screens.INBOX, Screens.SETTINGS);
        assertThat(Screens.forRole(Screens.all(), Role.DISTRICT_MANAGER)).extracting(ScreenSpec::id)
                .contains(Screens.DISTRICT, Screens.AUDIT);
        assertThat(Screens.forRole(Screens.all(), Role.ADMINISTRATOR)).extracting(ScreenSpec::id)
                .contains(Screens.DISTRICT, Screens.AUDIT);
        assertThat(Screens.forRole(Screens.all(), Role.ASSOCIATE)).extracting(ScreenSpec::id)
                .containsExactly(Screens.HOME, Screens.COPILOT, Screens.PLANOGRAM, Screens.COUNT);
        assertThat(Screens.forRole(Screens.all(), Role.ASSOCIATE)).extracting(ScreenSpec::id)
                .doesNotContain(Screens.DASHBOARD, Screens.DISTRICT, Screens.INBOX, Screens.AUDIT, Screens.USERS,
                        Screens.SETTINGS);
    }

    @Test
    void usersAreManagedByAdministratorsOnlyBetweenTheAuditTrailAndSettings() {
        assertThat(Screens.forRole(Screens.all(), Role.ADMINISTRATOR)).extracting(ScreenSpec::id)
                .containsExactly(Screens.HOME, Screens.COPILOT, Screens.PLANOGRAM, Screens.COUNT, Screens.DASHBOARD, Screens.DISTRICT, Screens.AUDIT,
                        Screens.USERS, Screens.SETTINGS);
        for (Role role : List.of(Role.ASSOCIATE, Role.STORE_MANAGER, Role.DISTRICT_MANAGER)) {
            assertThat(Screens.forRole(Screens.all(), role)).extracting(ScreenSpec::id).doesNotContain(Screens.USERS);
        }
    }

    @Test
    void theInboxIsForThoseWhoDecideAndCountsInTheNavigation() {
        ScreenSpec inbox = Screens.all().stream().filter(s -> s.id().equals(Screens.INBOX)).findFirst().orElseThrow();
        assertThat(inbox.allows(Role.STORE_MANAGER)).isTrue();
        assertThat(inbox.allows(Role.DISTRICT_MANAGER)).isTrue();
        assertThat(inbox.allows(Role.ADMINISTRATOR)).isFalse();
        assertThat(inbox.allows(Role.ASSOCIATE)).isFalse();
        assertThat(inbox.badge()).isNotNull();
    }
}
