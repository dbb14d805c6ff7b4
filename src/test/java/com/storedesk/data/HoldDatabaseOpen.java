package com.storedesk.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays "another StoreDesk" for {@link LockedDatabaseTest}: opens the H2 file given as first
 * argument, creates the file given as second argument once open, and keeps the database open
 * until its standard input closes.
 */
public final class HoldDatabaseOpen {

    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(new DatabaseLocation.H2File(Path.of(args[0])))) {
            Files.writeString(Path.of(args[1]), db.location().describe());
            while (System.in.read() != -1) {
                // Waits for the test to close our standard input.
            }
        }
    }
}
