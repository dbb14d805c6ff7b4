package com.storedesk.ingest.webhook;

import com.storedesk.data.Database;
import com.storedesk.testing.PostgresSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The inbox's tests on a real PostgreSQL (V10 and its unique key), each in a fresh schema dropped
 * afterwards. Skipped when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class WebhookInboxOnPostgresTest {

    private static final PostgresSchemas SCHEMAS = new PostgresSchemas("storedesk_webhooks");

    @Nested
    class InboxOnPostgres extends WebhookInboxTest {

        @Override
        Database openDatabase() {
            return Database.open(SCHEMAS.fresh());
        }
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.dropAll();
    }
}
