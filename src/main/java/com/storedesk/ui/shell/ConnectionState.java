package com.storedesk.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Online means the data source delivered recently; unreachable, that a POS stopped answering (its
 * circuit is open) while the screens go on with the data already here. The status bar says which holds.
 */
enum ConnectionState {
    ONLINE, OFFLINE, NEVER_SYNCED, UNREACHABLE;

    /** A sync older than this means the source has stopped answering (connectors sync every minute or so). */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    static ConnectionState of(Optional<Instant> lastSync, Optional<Instant> unreachableSince, Instant now) {
        return unreachableSince.isPresent() ? UNREACHABLE : of(lastSync, now);
    }

    static ConnectionState of(Optional<Instant> lastSync, Instant now) {
        if (lastSync.isEmpty()) {
            return NEVER_SYNCED;
        }
        return Duration.between(lastSync.get(), now).compareTo(STALE_AFTER) <= 0 ? ONLINE : OFFLINE;
    }
}
