package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.line;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.data.ingest.IngestStore;
import com.storedesk.data.ingest.ReferenceCache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reference cache far smaller than the catalog still resolves every product, and stays that small. */
class ReferenceCacheTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:10:00Z");

    @Test
    void aTinyCacheForgetsButNeverMisleads() throws Exception {
        try (IngestFixture fixture = new IngestFixture()) {
            ReferenceCache cache = new ReferenceCache(3);
            IngestService ingest = new IngestService(new IngestStore(fixture.db.dataSource(), cache, fixture.clock),
                    fixture.changes);
            List<RetailEvent> catalog = new ArrayList<>(List.of(store("NY", NEW_YORK, USD)));
            for (int p = 0; p < 40; p++) {
                catalog.add(product("P" + p, 100 + p, USD));
            }
            ingest.ingest(catalog);

            List<String> named = new ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                List<SaleRecorded> sales = new ArrayList<>();
                for (int s = 0; s < 40; s++) {
                    String id = "S" + batch + "-" + s;
                    String product = "P" + (s * 7 + batch) % 40;
                    sales.add(sale(id, "NY", USD, AT, AT, line(1, product, "1", 100, 0, null)));
                    named.add("sale=" + id + "|product=" + product);
                }
                assertThat(ingest.ingest(sales).inserted()).isEqualTo(40);
                assertThat(cache.size()).as("six kinds of at most three entries").isLessThanOrEqualTo(6 * 3);
            }

            assertThat(fixture.rows("SELECT s.external_id AS sale, p.external_id AS product FROM sale_line l"
                    + " JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id"))
                    .as("every line points at the product it named").containsExactlyInAnyOrderElementsOf(named);
        }
    }
}
