package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.SOURCE;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.line;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.data.ingest.IngestWriteException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the database refuses a batch that passed the checks, nothing of it is half-written: the
 * batch is rolled back and retried one event per transaction, so only the offending event is lost.
 */
class DatabaseFallbackTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:10:00Z");

    private final IngestFixture fixture = new IngestFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aBatchTheDatabaseRefusesIsRetriedEventByEvent() throws Exception {
        ProductUpserted sameSku = new ProductUpserted(SOURCE, "P2", "SKU-P1", null, "Copy of P1", null, "EACH", null,
                300, USD, false, null, true);

        IngestResult result = fixture.ingest(List.of(
                store("NY", NEW_YORK, USD), product("P1", 250, USD), sameSku,
                sale("S1", "NY", USD, AT, AT, line(1, "P1", "2", 250, 0, 100L)),
                sale("S2", "NY", USD, AT, AT, line(1, "P2", "1", 300, 0, null)),
                sale("S3", "NY", USD, AT.plusSeconds(3600), AT, line(1, "P1", "1", 250, 0, 100L))));

        assertThat(result.inserted()).isEqualTo(4);
        assertThat(result.rejections()).extracting(IngestRejection::externalId, IngestRejection::reason,
                IngestRejection::detail).containsExactlyInAnyOrder(
                tuple("P2", RejectReason.DATABASE_REJECTED, "SQLState 23505, constraint uq_product_source_sku"),
                tuple("S2", RejectReason.UNKNOWN_PRODUCT, "line 1: product P2 is not known"));
        assertThat(fixture.rows("SELECT external_id FROM sale")).containsExactly("external_id=S1", "external_id=S3");
        assertThat(fixture.signals).as("one signal for the whole call").hasSize(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM ingest_error")).isEqualTo(2);
        RollupRecompute rollups = new RollupRecompute(fixture.db.dataSource());
        assertThat(rollups.storedHours()).hasSize(2).isEqualTo(rollups.expectedHours());
        assertThat(rollups.storedSkuDays()).isEqualTo(rollups.expectedSkuDays());
    }

    @Test
    void whatTheDatabaseSaidIsKeptWithoutTheRowsValues() throws Exception {
        fixture.ingest(List.of(store("NY", NEW_YORK, USD)));
        StoreUpserted sameCode = new StoreUpserted(SOURCE, "NY2", "C-NY", "Second Avenue", NEW_YORK, USD, null, null,
                null, null, List.of());

        IngestResult result = fixture.ingest(List.of(sameCode));

        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(RejectReason.DATABASE_REJECTED);
            assertThat(rejection.detail()).isEqualTo("SQLState 23505, constraint uq_store_source_code")
                    .doesNotContain("C-NY");
        });
    }

    @Test
    void anUnreachableDatabaseIsAnErrorNotAPileOfRefusals() {
        fixture.db.close();

        assertThatThrownBy(() -> fixture.ingest(List.of(store("NY", NEW_YORK, USD))))
                .isInstanceOfSatisfying(IngestWriteException.class,
                        e -> assertThat(e.databaseUnavailable()).isTrue());
    }
}
