package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.DatabaseLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ingest path on a real PostgreSQL: generated keys, batched upserts, rollup deltas and the
 * event-by-event fallback must behave as on H2. Like PostgresPortabilityTest it runs when
 * STOREDESK_TEST_PG_URL is set (CI), in a fresh schema dropped afterwards.
 */
class IngestOnPostgresTest {

    private static final String URL = System.getenv("STOREDESK_TEST_PG_URL");
    private static final String USER = System.getenv("STOREDESK_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("STOREDESK_TEST_PG_PASSWORD");

    private String schema;
    private IngestFixture fixture;

    @BeforeEach
    void createSchema() throws SQLException {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "STOREDESK_TEST_PG_URL is not set");
        schema = "storedesk_ingest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        fixture = new IngestFixture(new DatabaseLocation.Jdbc(url, USER, PASSWORD));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (fixture != null) {
            fixture.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
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

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
