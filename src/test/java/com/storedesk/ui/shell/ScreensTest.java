package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.security.Role;
import org.junit.jupiter.api.Test;

class ScreensTest {

    @Test
    void theViewsAcrossStoresAreForDistrictManagersAndAdministratorsOnly() {
        assertThat(Screens.forRole(Screens.all(), Role.STORE_MANAGER)).extracting(ScreenSpec::id)
                .containsExactly(Screens.HOME, Screens.DASHBOARD, Screens.SETTINGS);
        assertThat(Screens.forRole(Screens.all(), Role.DISTRICT_MANAGER)).extracting(ScreenSpec::id)
                .contains(Screens.DISTRICT, Screens.AUDIT);
        assertThat(Screens.forRole(Screens.all(), Role.ADMINISTRATOR)).extracting(ScreenSpec::id)
                .contains(Screens.DISTRICT, Screens.AUDIT);
        assertThat(Screens.forRole(Screens.all(), Role.ASSOCIATE)).extracting(ScreenSpec::id)
                .doesNotContain(Screens.DASHBOARD, Screens.DISTRICT, Screens.AUDIT, Screens.SETTINGS);
    }
}
