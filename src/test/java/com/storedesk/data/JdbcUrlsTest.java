package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void secretSettingsMoveOutOfTheUrlDecoded() {
        String url = "jdbc:postgresql://db/x?user=app&password=a%40b%26c&sslmode=require";

        assertThat(JdbcUrls.secretSettings(url)).isEqualTo(Map.of("password", "a@b&c"));
        assertThat(JdbcUrls.withoutSecretSettings(url)).isEqualTo("jdbc:postgresql://db/x?user=app&sslmode=require");
        assertThat(JdbcUrls.secretValues(url)).containsExactlyInAnyOrder("a@b&c", "a%40b%26c");
    }

    @Test
    void h2StyleSettingsAreTakenAsWritten() {
        assertThat(JdbcUrls.secretSettings("jdbc:h2:tcp://h/db;PASSWORD=a%40b")).isEqualTo(Map.of("PASSWORD", "a%40b"));
    }

    @Test
    void userInfoPasswordsAreSecretsToo() {
        assertThat(JdbcUrls.secretValues("jdbc:mysql://admin:p1@host/db")).containsExactly("p1");
    }

    @Test
    void urlsWithoutSecretsAreUnchanged() {
        String url = "jdbc:postgresql://db:5432/x?user=app&ssl=true";
        assertThat(JdbcUrls.redact(url)).isEqualTo(url);
        assertThat(JdbcUrls.secretSettings(url)).isEmpty();
    }
}
