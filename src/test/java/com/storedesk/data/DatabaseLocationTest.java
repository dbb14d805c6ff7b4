package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void jdbcUrlsParseAsJdbcWithoutSeparateCredentials() {
        assertThat(DatabaseLocation.parse("jdbc:postgresql://db/storedesk"))
                .isEqualTo(new DatabaseLocation.Jdbc("jdbc:postgresql://db/storedesk", null, null));
        assertThat(DatabaseLocation.parse("  JDBC:postgresql://db/x ")).isInstanceOf(DatabaseLocation.Jdbc.class);
    }

    @Test
    void anythingElseIsAnH2FileWithoutItsEnding() {
        assertThat(DatabaseLocation.parse("/srv/storedesk/store.mv.db"))
                .isEqualTo(new DatabaseLocation.H2File(Path.of("/srv/storedesk/store")));
        assertThat(DatabaseLocation.parse("/srv/storedesk/store"))
                .isEqualTo(new DatabaseLocation.H2File(Path.of("/srv/storedesk/store")));
        assertThat(new DatabaseLocation.H2File(Path.of("/srv/x.MV.DB")).path()).isEqualTo(Path.of("/srv/x"));
    }

    @Test
    void blankIsNotALocation() {
        assertThatThrownBy(() -> DatabaseLocation.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void h2FileDescribesItsAbsolutePathAndOpensWithoutAutoServer() {
        DatabaseLocation.H2File relative = new DatabaseLocation.H2File(Path.of("data", "..", "data", "storedesk"));
        String absolute = Path.of("data", "storedesk").toAbsolutePath().toString();

        assertThat(relative.describe()).isEqualTo(absolute);
        assertThat(relative.jdbcUrl()).isEqualTo("jdbc:h2:file:" + absolute).doesNotContainIgnoringCase("AUTO_SERVER");
        assertThat(relative.file()).isEqualTo(Path.of(absolute + ".mv.db"));
    }

    @Test
    void h2PathsWithSemicolonsAreRejected() {
        assertThatThrownBy(() -> new DatabaseLocation.H2File(Path.of("/tmp/a;AUTO_SERVER=TRUE")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describeAndToStringNeverShowPasswords() {
        DatabaseLocation.Jdbc jdbc = new DatabaseLocation.Jdbc(
                "jdbc:postgresql://db:5432/storedesk?user=app&password=hunter22&ssl=true", "app", "s3cret");

        assertThat(jdbc.describe()).isEqualTo("jdbc:postgresql://db:5432/storedesk?user=app&ssl=true");
        assertThat(jdbc.toString()).doesNotContain("hunter22", "s3cret").contains("user=app", "password=***");
        assertThat(new DatabaseLocation.Jdbc("jdbc:postgresql://db/x", null, null).toString())
                .contains("password=none");
    }

    @Test
    void describeRemovesEveryCredentialStyle() {
        assertThat(describe("jdbc:postgresql://db/x?password=p1")).isEqualTo("jdbc:postgresql://db/x");
        assertThat(describe("jdbc:postgresql://db/x?password=p1&ssl=true&sslpassword=p2"))
                .isEqualTo("jdbc:postgresql://db/x?ssl=true");
        assertThat(describe("jdbc:h2:tcp://host/db;USER=sa;PASSWORD=p1;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://host/db;USER=sa;MODE=PostgreSQL");
        assertThat(describe("jdbc:sqlserver://host;user=u;pwd=p1")).isEqualTo("jdbc:sqlserver://host;user=u");
        assertThat(describe("jdbc:mysql://admin:p1@host/db")).isEqualTo("jdbc:mysql://admin@host/db");
    }

    @Test
    void jdbcNeedsAJdbcUrl() {
        assertThatThrownBy(() -> new DatabaseLocation.Jdbc("postgresql://db/x?password=p1", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("p1");
    }

    private static String describe(String url) {
        return new DatabaseLocation.Jdbc(url, null, null).describe();
    }
}
