package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.DatabaseUnavailableException.Reason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UnreachableDatabaseTest {

    private static final String SECRET = "hunter22";

    @Test
    void serverThatIsNotThereIsUnreachableAndThePasswordStaysHidden() {
        DatabaseLocation location = DatabaseLocation.parse(
                "jdbc:postgresql://127.0.0.1:1/storedesk?user=app&password=" + SECRET + "&connectTimeout=2");

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
                    assertThat(e.messageKey()).isEqualTo("error.database.unreachable");
                    assertThat(e.detail()).isEqualTo("jdbc:postgresql://127.0.0.1:1/storedesk?user=app&connectTimeout=2");
                    assertThat(fullStackTrace(e)).doesNotContain(SECRET);
                });
    }

    @Test
    void urlNoDriverUnderstandsIsUnreachableAndThePasswordStaysHidden() {
        DatabaseLocation location = new DatabaseLocation.Jdbc("jdbc:nosuchdb://host/db;PASSWORD=" + SECRET, "app",
                "other-" + SECRET);

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
                    assertThat(fullStackTrace(e)).doesNotContain(SECRET).contains("jdbc:nosuchdb://host/db");
                });
    }

    @Test
    void folderThatCannotBeCreatedIsUnreachable() throws Exception {
        Path notAFolder = TestDatabases.freshH2File().file().getParent();
        Files.createDirectories(notAFolder.getParent());
        Files.writeString(notAFolder, "a file where the folder should be");
        DatabaseLocation location = new DatabaseLocation.H2File(notAFolder.resolve("storedesk"));

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }

    @Test
    void fileThatIsNotAnH2DatabaseIsUnreachable() throws Exception {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        Files.createDirectories(location.file().getParent());
        Files.writeString(location.file(), "not a database");

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }

    private static String fullStackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
