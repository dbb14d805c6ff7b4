package com.storedesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppHomeTest {

    private static final Path USER_HOME = Path.of(System.getProperty("user.home"));

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(AppHome.resolve("Linux", null, Map.of()))
                .isEqualTo(USER_HOME.resolve(".local/share/StoreDesk"));
        assertThat(AppHome.resolve("Linux", null, Map.of("XDG_DATA_HOME", "/srv/xdg")))
                .isEqualTo(Path.of("/srv/xdg/StoreDesk"));
        assertThat(AppHome.resolve("Mac OS X", null, Map.of()))
                .isEqualTo(USER_HOME.resolve("Library/Application Support/StoreDesk"));
        assertThat(AppHome.resolve("Windows 11", null, Map.of("LOCALAPPDATA", "/c/Users/ana/AppData/Local")))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/StoreDesk"));
    }

    @Test
    void propertyThenEnvironmentOverrideTheDefault() {
        assertThat(AppHome.resolve("Linux", "/tmp/prop", Map.of(AppHome.ENV, "/tmp/env")))
                .isEqualTo(Path.of("/tmp/prop"));
        assertThat(AppHome.resolve("Linux", null, Map.of(AppHome.ENV, "/tmp/env"))).isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void logsLiveInTheSameFolder() {
        assertThat(AppHome.logFolder(Path.of("/data/StoreDesk"))).isEqualTo(Path.of("/data/StoreDesk/logs"));
    }
}
