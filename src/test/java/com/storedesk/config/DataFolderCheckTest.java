package com.storedesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderCheckTest {

    @TempDir
    Path temp;

    @Test
    void createsAMissingFolderItCanWriteTo() {
        Path folder = temp.resolve("new/StoreDesk");
        assertThat(DataFolderCheck.check(folder)).isEmpty();
        assertThat(folder).isDirectory();
    }

    @Test
    void refusesRelativePathsAndFiles() throws Exception {
        assertThat(DataFolderCheck.check(Path.of("relative/folder"))).contains(DataFolderCheck.Problem.NOT_ABSOLUTE);
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThat(DataFolderCheck.check(file)).contains(DataFolderCheck.Problem.NOT_A_FOLDER);
    }

    @Test
    void refusesAFolderItCannotCreate() throws Exception {
        // A folder below a file can never be created, whoever runs the test (root ignores permission bits).
        Path file = Files.writeString(temp.resolve("blocker"), "x");
        assertThat(DataFolderCheck.check(file.resolve("StoreDesk"))).contains(DataFolderCheck.Problem.NOT_WRITABLE);
    }
}
