package com.storedesk.planogram.store;

import com.storedesk.data.Database;
import com.storedesk.testing.PostgresSchemas;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The planogram repositories' tests on a real PostgreSQL (V16 there), each in a fresh schema dropped
 * afterwards. Skipped when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class PlanogramsOnPostgresTest {

    private static final PostgresSchemas SCHEMAS = new PostgresSchemas("storedesk_planograms");

    @Nested
    class PlanogramRepositoryOnPostgres extends PlanogramRepositoryTest {

        @Override
        Database openDatabase() {
            return Database.open(SCHEMAS.fresh(), Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.dropAll();
    }
}
