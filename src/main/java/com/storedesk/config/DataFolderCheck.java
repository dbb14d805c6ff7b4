package com.storedesk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a folder can hold StoreDesk's database: checked before it is saved, not at the next start. */
public final class DataFolderCheck {

    /** Why a folder cannot be used; each has a message in the bundles. */
    public enum Problem {
        NOT_ABSOLUTE("settings.dataFolder.error.notAbsolute"),
        NOT_A_FOLDER("settings.dataFolder.error.notFolder"),
        NOT_WRITABLE("settings.dataFolder.error.notWritable");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private DataFolderCheck() {
    }

    /** Creates the folder if it is missing; touches the disk, so call it off the FX thread. */
    public static Optional<Problem> check(Path folder) {
        if (!folder.isAbsolute()) {
            return Optional.of(Problem.NOT_ABSOLUTE);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(Problem.NOT_A_FOLDER);
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".storedesk-write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(Problem.NOT_WRITABLE);
        }
    }
}
