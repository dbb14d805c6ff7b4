package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.customer;
import static com.storedesk.ingest.TestEvents.employee;
import static com.storedesk.ingest.TestEvents.line;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.refund;
import static com.storedesk.ingest.TestEvents.refundLine;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivering the same events again, one by one or as a whole batch, changes nothing at all. */
class IngestIdempotencyTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:10:00Z");

    private final IngestFixture fixture = new IngestFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** One of every kind of event, in an order that names things before they are defined. */
    private static List<RetailEvent> everyKind() {
        return List.of(
                sale("S1", "NY", USD, AT, AT, line(1, "P1", "2", 250, 50, 120L), line(2, "P2", "1.250", 399, 0, null)),
                refund("R1", "S1", "NY", USD, AT.plusSeconds(600), 200, refundLine(1, 1, "P1", "1", 200)),
                new StockCounted(TestEvents.SOURCE, "inv-1", "NY", "P1", new BigDecimal("40"), AT),
                new StockMoved(TestEvents.SOURCE, "mv-1", "NY", "P1", "E1", AT, MovementType.RECEIPT,
                        new BigDecimal("24"), "PO-7"),
                new TrafficCounted(TestEvents.SOURCE, "door-1@15:00", "NY", "door-1", AT, 15, 12, 9),
                new ShiftClocked(TestEvents.SOURCE, "shift-1", "NY", "E1", AT.minusSeconds(3600),
                        AT.plusSeconds(7 * 3600), AT.minusSeconds(3500), null, "CASHIER"),
                store("NY", NEW_YORK, USD, "T1", "T2"),
                employee("E1", "NY"),
                product("P1", 250, USD),
                product("P2", 399, USD),
                customer("C1"));
    }

    @Test
    void everyKindLandsOnceAndCountsAsInserted() throws Exception {
        IngestResult result = fixture.ingest(everyKind());

        assertThat(result.rejections()).isEmpty();
        assertThat(result.received()).isEqualTo(11);
        assertThat(result.inserted()).isEqualTo(11);
        assertThat(result.accepted()).isEqualTo(11);
        Map<String, List<String>> tables = fixture.snapshot();
        assertThat(tables.get("register")).hasSize(2);
        assertThat(tables.get("sale_line")).hasSize(2);
        assertThat(tables.get("sale_tender")).hasSize(1);
        assertThat(tables.get("refund_line")).hasSize(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund_line WHERE sale_line_id IS NOT NULL")).isEqualTo(1);
        assertThat(tables.get("sales_by_store_hour")).singleElement().asString()
                .contains("transactions=1", "gross_minor=999", "discount_minor=50", "refund_minor=200",
                        "net_minor=749", "cost_minor=240");
        assertThat(tables.get("sales_by_sku_day")).hasSize(2);
    }

    @Test
    void theSameBatchAgainWritesNothingAndSaysUnchanged() throws Exception {
        fixture.ingest(everyKind());
        Map<String, List<String>> before = fixture.snapshot();
        int signals = fixture.signals.size();
        fixture.clock.advance(Duration.ofHours(1));

        IngestResult replay = fixture.ingest(everyKind());

        assertThat(replay.unchanged()).isEqualTo(11);
        assertThat(replay.inserted() + replay.updated()).isZero();
        assertThat(replay.rejections()).isEmpty();
        assertThat(replay.changedStoreIds()).isEmpty();
        assertThat(fixture.snapshot()).as("every row of every table, updated_at included").isEqualTo(before);
        assertThat(fixture.signals).as("a replay publishes nothing").hasSize(signals);
    }

    @Test
    void eachEventTwiceInOneBatchCountsTheRepeatAsUnchanged() throws Exception {
        List<RetailEvent> twice = new ArrayList<>(everyKind());
        twice.addAll(everyKind());

        IngestResult result = fixture.ingest(twice);

        assertThat(result.inserted()).isEqualTo(11);
        assertThat(result.unchanged()).isEqualTo(11);
        Map<String, List<String>> once = fixture.snapshot();
        try (IngestFixture other = new IngestFixture()) {
            other.ingest(everyKind());
            assertThat(once.get("sales_by_store_hour")).isEqualTo(other.snapshot().get("sales_by_store_hour"));
        }
    }

    @Test
    void oneEventAgainWritesNothing() throws Exception {
        fixture.ingest(everyKind());
        Map<String, List<String>> before = fixture.snapshot();
        fixture.clock.advance(Duration.ofMinutes(5));

        IngestResult again = fixture.ingest(List.of(customer("C1")));

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(fixture.snapshot()).isEqualTo(before);
    }

    @Test
    void aBatchLongerThanOneLookUpListIsReplayedAsUnchangedToo() throws Exception {
        fixture.ingest(List.of(store("NY", NEW_YORK, USD), product("P1", 250, USD)));
        List<RetailEvent> sales = new ArrayList<>();
        for (int s = 0; s < 1_100; s++) {
            sales.add(sale("S" + s, "NY", USD, AT.plusSeconds(s * 60L), AT, line(1, "P1", "1", 250, 0, null)));
        }

        assertThat(fixture.ingest(sales).inserted()).isEqualTo(1_100);
        Map<String, List<String>> before = fixture.snapshot();
        assertThat(fixture.ingest(sales).unchanged()).isEqualTo(1_100);
        assertThat(fixture.snapshot()).isEqualTo(before);
        assertThat(fixture.count("SELECT SUM(transactions) FROM sales_by_store_hour")).isEqualTo(1_100);
    }

    @Test
    void changedReferenceDataIsUpdatedInPlaceWithANewUpdatedAt() throws Exception {
        fixture.ingest(everyKind());
        fixture.clock.advance(Duration.ofHours(2));

        IngestResult result = fixture.ingest(List.of(product("P1", 275, USD), product("P2", 399, USD),
                store("NY", NEW_YORK, USD, "T1")));

        assertThat(result.updated()).as("P1's price and NY's registers changed").isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(fixture.rows("SELECT price_minor, updated_at FROM product WHERE external_id = 'P1'"))
                .singleElement().asString().contains("price_minor=275", "2026-11-23 11:00");
        assertThat(fixture.rows("SELECT updated_at FROM product WHERE external_id = 'P2'"))
                .singleElement().asString().contains("2026-11-23 09:00");
        assertThat(fixture.rows("SELECT external_id, active FROM register ORDER BY external_id"))
                .containsExactly("external_id=T1|active=TRUE", "external_id=T2|active=FALSE");
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).isEqualTo(2);
    }
}
