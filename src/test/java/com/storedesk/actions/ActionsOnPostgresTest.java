package com.storedesk.actions;

import com.storedesk.data.ConnectorLedgerRepositoryTest;
import com.storedesk.data.Database;
import com.storedesk.testing.PostgresSchemas;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The action service's, the outbox's and the connector ledger's tests on a real PostgreSQL (V7 and
 * V8 there), each in a fresh schema dropped afterwards. Skipped when STOREDESK_TEST_PG_URL is unset,
 * like {@code PostgresPortabilityTest}.
 */
class ActionsOnPostgresTest {

    private static final PostgresSchemas SCHEMAS = new PostgresSchemas("storedesk_actions");

    @Nested
    class ActionServiceOnPostgres extends ActionServiceTest {

        @Override
        Database openDatabase() {
            return freshSchema();
        }
    }

    @Nested
    class OutboxOnPostgres extends OutboxWorkerTest {

        @Override
        Database openDatabase() {
            return freshSchema();
        }
    }

    @Nested
    class ConnectorLedgerOnPostgres extends ConnectorLedgerRepositoryTest {

        @Override
        protected Database openDatabase() {
            return freshSchema();
        }
    }

    private static Database freshSchema() {
        return Database.open(SCHEMAS.fresh(), Clock.fixed(ActionsDatabase.NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.dropAll();
    }
}
