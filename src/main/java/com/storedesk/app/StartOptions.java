package com.storedesk.app;

import java.util.Optional;

/**
 * What the command line asked for.
 *
 * @param database an H2 file path (without {@code .mv.db}) or a JDBC URL that replaces the configured database
 */
public record StartOptions(boolean kiosk, Optional<String> database) {

    public static StartOptions defaults() {
        return new StartOptions(false, Optional.empty());
    }
}
