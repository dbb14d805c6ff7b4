package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.StartOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command that reads or writes the database shares. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file (without .mv.db) or a JDBC URL, instead of the configured one.")
    private String database;

    AppContext open() {
        return open(database);
    }

    /** Whether {@code --db} was given. */
    boolean given() {
        return database != null;
    }

    /** Opens {@code pathOrUrl} the way {@code --db} would (for commands that pick a database of their own). */
    static AppContext open(String pathOrUrl) {
        return AppContext.open(AppSetup.prepare(new StartOptions(false, Optional.ofNullable(pathOrUrl))));
    }
}
