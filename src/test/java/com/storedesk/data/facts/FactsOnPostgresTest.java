package com.storedesk.data.facts;

import com.storedesk.data.Database;
import com.storedesk.testing.PostgresSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/**
 * The facts queries on a real PostgreSQL, each group in a fresh schema dropped afterwards. Skipped
 * when STOREDESK_TEST_PG_URL is unset, like {@code PostgresPortabilityTest}.
 */
class FactsOnPostgresTest {

    private static final PostgresSchemas SCHEMAS = new PostgresSchemas("storedesk_facts");

    @Nested
    class CashierActivityOnPostgres extends CashierActivityFacts {

        @Override
        Database openDatabase() {
            return open();
        }
    }

    @Nested
    class StoreDayOnPostgres extends StoreDayFacts {

        @Override
        Database openDatabase() {
            return open();
        }
    }

    @Nested
    class StoreStockOnPostgres extends StoreStockFacts {

        @Override
        Database openDatabase() {
            return open();
        }
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.dropAll();
    }

    private static Database open() {
        return Database.open(SCHEMAS.fresh(), Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC));
    }
}
