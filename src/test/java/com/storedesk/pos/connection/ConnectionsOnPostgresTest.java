package com.storedesk.pos.connection;

import com.storedesk.actions.ActionsDatabase;
import com.storedesk.data.Database;
import com.storedesk.testing.PostgresSchemas;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The connection service's tests on a real PostgreSQL (V9 there: the pos_connection table and
 * sync_state's new column), each in a fresh schema dropped afterwards. Skipped when
 * STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class ConnectionsOnPostgresTest {

    private static final PostgresSchemas SCHEMAS = new PostgresSchemas("storedesk_connections");

    @Nested
    class ConnectionServiceOnPostgres extends ConnectionServiceTest {

        @Override
        Database openDatabase() {
            return Database.open(SCHEMAS.fresh(), Clock.fixed(ActionsDatabase.NOW, ZoneOffset.UTC));
        }
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.dropAll();
    }
}
