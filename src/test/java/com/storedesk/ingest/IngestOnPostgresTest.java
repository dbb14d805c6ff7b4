package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.testing.PostgresSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ingest path on a real PostgreSQL: generated keys, batched upserts, rollup deltas and the
 * event-by-event fallback must behave as on H2. Like PostgresPortabilityTest it runs when
 * STOREDESK_TEST_PG_URL is set (CI), in a fresh schema dropped afterwards.
 */
class IngestOnPostgresTest {

    private final PostgresSchemas schemas = new PostgresSchemas("storedesk_ingest");
    private IngestFixture fixture;

    @BeforeEach
    void createSchema() {
        fixture = new IngestFixture(schemas.fresh());
    }

    @AfterEach
    void dropSchema() {
        if (fixture != null) {
            fixture.close();
        }
        schemas.dropAll();
    }

    @Test
    void historyVersionsRefundsAndReplaysKeepRollupsExact() throws Exception {
        SaleHistory history = new SaleHistory(7, 120);
        fixture.ingest(history.reference);
        inBatches(history.sales, 50);
        inBatches(history.changes, 30);

        RollupRecompute rollups = new RollupRecompute(fixture.db.dataSource());
        assertThat(rollups.storedHours()).hasSizeGreaterThan(50).isEqualTo(rollups.expectedHours());
        assertThat(rollups.storedSkuDays()).isEqualTo(rollups.expectedSkuDays());

        Map<String, List<String>> settled = fixture.snapshot();
        inBatches(history.changes, 40);
        inBatches(history.latest, 60);
        assertThat(fixture.snapshot()).isEqualTo(settled);
    }

    @Test
    void aRefusedBatchFallsBackEventByEvent() throws Exception {
        ProductUpserted sameSku = new ProductUpserted(SOURCE, "P2", "SKU-P1", null, "Copy", null, "EACH", null, 300,
                TestEvents.USD, false, null, true);

        IngestResult result = fixture.ingest(List.of(TestEvents.product("P1", 250, TestEvents.USD), sameSku));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(RejectReason.DATABASE_REJECTED);
            assertThat(rejection.detail()).isEqualTo("SQLState 23505, constraint uq_product_source_sku");
        });
    }

    private void inBatches(List<? extends RetailEvent> events, int size) {
        for (int from = 0; from < events.size(); from += size) {
            assertThat(fixture.ingest(events.subList(from, Math.min(events.size(), from + size))).rejections())
                    .isEmpty();
        }
    }
}
