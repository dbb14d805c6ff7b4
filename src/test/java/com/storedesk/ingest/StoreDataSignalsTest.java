package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.line;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One signal per batch that changed something, naming exactly the stores it changed. */
class StoreDataSignalsTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:10:00Z");

    private final IngestFixture fixture = new IngestFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void oneSignalPerBatchWithTheStoresItChanged() throws Exception {
        fixture.ingest(List.of(store("A", NEW_YORK, USD), store("B", NEW_YORK, USD), store("C", NEW_YORK, USD),
                product("P1", 100, USD)));
        long a = fixture.count("SELECT id FROM store WHERE external_id = 'A'");
        long b = fixture.count("SELECT id FROM store WHERE external_id = 'B'");
        fixture.signals.clear();

        IngestResult result = fixture.ingest(List.of(
                sale("S1", "A", USD, AT, AT, line(1, "P1", "1", 100, 0, null)),
                sale("S2", "B", USD, AT, AT, line(1, "P1", "1", 100, 0, null)),
                sale("S3", "A", USD, AT, AT, line(1, "P1", "2", 100, 0, null))));

        assertThat(fixture.signals).hasSize(1);
        assertThat(fixture.signals.get(0).storeIds()).containsExactlyInAnyOrder(a, b);
        assertThat(fixture.signals.get(0).catalogChanged()).isFalse();
        assertThat(result.changedStoreIds()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void aBatchThatChangesNothingSignalsNothing() {
        fixture.ingest(List.of(store("A", NEW_YORK, USD), product("P1", 100, USD)));
        fixture.signals.clear();

        fixture.ingest(List.of(product("P1", 100, USD)));
        fixture.ingest(List.of(store("A", NEW_YORK, USD)));
        fixture.ingest(List.of());
        fixture.ingest(List.of(sale("S1", "ZZ", USD, AT, AT, line(1, "P1", "1", 100, 0, null))));
        assertThat(fixture.signals).isEmpty();
    }

    @Test
    void aChangedProductSignalsTheCatalogAndNoStoreSinceProductsBelongToNone() {
        fixture.ingest(List.of(store("A", NEW_YORK, USD), product("P1", 100, USD)));
        assertThat(fixture.signals).singleElement().satisfies(signal -> assertThat(signal.catalogChanged()).isTrue());
        fixture.signals.clear();

        IngestResult repriced = fixture.ingest(List.of(product("P1", 120, USD)));
        IngestResult again = fixture.ingest(List.of(product("P1", 120, USD)));

        assertThat(repriced.catalogChanged()).isTrue();
        assertThat(again.catalogChanged()).isFalse();
        assertThat(fixture.signals).singleElement().satisfies(signal -> {
            assertThat(signal.catalogChanged()).isTrue();
            assertThat(signal.storeIds()).isEmpty();
        });
    }
}
