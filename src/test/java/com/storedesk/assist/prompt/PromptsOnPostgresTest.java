package com.storedesk.assist.prompt;

import com.storedesk.data.Database;
import com.storedesk.testing.PostgresSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The prompt versions' tests on a real PostgreSQL (V11 there), each in a fresh schema dropped
 * afterwards. Skipped when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class PromptsOnPostgresTest {

    private static final PostgresSchemas SCHEMAS = new PostgresSchemas("storedesk_prompts");

    @Nested
    class PromptServiceOnPostgres extends PromptServiceTest {

        @Override
        Database openDatabase() {
            return Database.open(SCHEMAS.fresh(), PromptServiceTest.CLOCK);
        }
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.dropAll();
    }
}
