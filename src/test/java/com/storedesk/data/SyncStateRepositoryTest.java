package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.entity.SyncState;
import com.storedesk.testing.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncStateRepositoryTest {

    private final MovableClock clock = new MovableClock(TestDatabases.NOW);
    private Database db;
    private SyncStateRepository syncState;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.freshH2File(), clock);
        syncState = new SyncStateRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStreamNeverAttemptedHasNoCursor() {
        assertThat(syncState.cursor("demo", "history")).isEmpty();
        assertThat(syncState.find("demo", "history")).isEmpty();
    }

    @Test
    void aFailureKeepsTheCursorOfTheLastSuccess() {
        syncState.recordSuccess("demo", "history", "2026-10-01");
        clock.set(TestDatabases.NOW.plus(Duration.ofMinutes(5)));
        syncState.recordSuccess("demo", "history", "2026-10-02");
        clock.set(TestDatabases.NOW.plus(Duration.ofMinutes(10)));
        syncState.recordFailure("demo", "history", "x".repeat(5000));

        assertThat(syncState.cursor("demo", "history")).contains("2026-10-02");
        SyncState state = syncState.find("demo", "history").orElseThrow();
        assertThat(state.getLastSuccessAt()).isEqualTo(TestDatabases.NOW.plus(Duration.ofMinutes(5)));
        assertThat(state.getLastAttemptAt()).isEqualTo(TestDatabases.NOW.plus(Duration.ofMinutes(10)));
        assertThat(state.getLastError()).hasSize(2000);
        assertThat(syncState.cursor("demo", "live")).isEmpty();
    }
}
