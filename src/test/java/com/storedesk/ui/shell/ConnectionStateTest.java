package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionStateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    @Test
    void onlineWhileTheSourceDeliversRecently() {
        assertThat(ConnectionState.of(Optional.of(NOW.minusSeconds(60)), NOW)).isEqualTo(ConnectionState.ONLINE);
        assertThat(ConnectionState.of(Optional.of(NOW.minus(ConnectionState.STALE_AFTER)), NOW))
                .isEqualTo(ConnectionState.ONLINE);
    }

    @Test
    void offlineOnceTheLastSyncIsStale() {
        assertThat(ConnectionState.of(Optional.of(NOW.minus(ConnectionState.STALE_AFTER).minusSeconds(1)), NOW))
                .isEqualTo(ConnectionState.OFFLINE);
    }

    @Test
    void notConnectedBeforeTheFirstSync() {
        assertThat(ConnectionState.of(Optional.empty(), NOW)).isEqualTo(ConnectionState.NEVER_SYNCED);
    }
}
