package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.DatabaseUnavailableException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A StoreDesk in another process holding the H2 file must make opening it fail as LOCKED. */
class LockedDatabaseTest {

    @Test
    void fileOpenInAnotherProcessIsReportedAsLocked() throws Exception {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        Path folder = location.file().getParent();
        Files.createDirectories(folder);
        Path ready = folder.resolve("holder.ready");
        Process holder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), location.path().toString(), ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("holder.log").toFile())
                .start();
        try {
            awaitFile(ready, holder, Duration.ofSeconds(90), folder.resolve("holder.log"));

            assertThatThrownBy(() -> Database.open(location))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                        assertThat(e.messageKey()).isEqualTo("error.database.locked");
                        assertThat(e.detail()).isEqualTo(location.describe());
                    });
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }

        assertThat(holder.exitValue()).isZero();
        try (Database db = Database.open(location)) {
            assertThat(db.schemaVersion()).as("released once the other process closed it").isEqualTo(LatestSchema.VERSION);
        }
    }

    /** In one JVM H2 shares an open file between connections, so there is nothing to lock against. */
    @Test
    void secondOpenInTheSameProcessSharesTheFile() {
        DatabaseLocation.H2File location = TestDatabases.freshH2File();
        try (Database first = Database.open(location); Database second = Database.open(location)) {
            assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
        }
    }

    private static void awaitFile(Path file, Process process, Duration timeout, Path log)
            throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                throw new AssertionError("The holder process exited early:\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The holder process did not open the database in time:\n"
                        + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }
}
