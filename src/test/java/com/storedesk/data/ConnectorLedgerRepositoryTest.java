package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger of applied idempotency keys: a key records once per source, entries come back oldest
 * first. On H2; {@code ActionsOnPostgresTest} runs the same on PostgreSQL.
 */
public class ConnectorLedgerRepositoryTest {

    private final Database db = openDatabase();
    private final ConnectorLedgerRepository ledger = new ConnectorLedgerRepository(db);

    /** Called once per test, before the fields of a subclass are set. */
    protected Database openDatabase() {
        return TestDatabases.openFresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aKeyIsRecordedOncePerSourceAndTheFirstEntryStays() {
        assertThat(ledger.record("demo", "key-1", "first", TestDatabases.NOW)).isTrue();
        assertThat(ledger.record("demo", "key-1", "second", TestDatabases.NOW.plusSeconds(1))).isFalse();
        assertThat(ledger.record("square:ML1", "key-1", "elsewhere", TestDatabases.NOW)).isTrue();

        assertThat(ledger.entries("demo")).containsExactly("first");
        assertThat(ledger.entries("square:ML1")).containsExactly("elsewhere");
    }

    @Test
    void entriesComeBackInTheOrderTheyWereApplied() {
        ledger.record("demo", "b", "later", TestDatabases.NOW.plus(Duration.ofMinutes(1)));
        ledger.record("demo", "a", "earlier", TestDatabases.NOW);

        assertThat(ledger.entries("demo")).containsExactly("earlier", "later");
        assertThat(ledger.entries("other")).isEmpty();
    }
}
