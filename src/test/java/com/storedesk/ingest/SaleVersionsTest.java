package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.line;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.refund;
import static com.storedesk.ingest.TestEvents.refundLine;
import static com.storedesk.ingest.TestEvents.sale;
import static com.storedesk.ingest.TestEvents.store;
import static com.storedesk.ingest.TestEvents.voided;
import static com.storedesk.ingest.TestEvents.withLines;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.SaleRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Later versions of a sale replace it in place; earlier or equal ones change nothing. */
class SaleVersionsTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:10:00Z");
    private static final Instant V1 = AT;
    private static final Instant V2 = AT.plusSeconds(60);
    private static final Instant V3 = AT.plusSeconds(120);

    private final IngestFixture fixture = new IngestFixture();
    private final SaleRecorded first = sale("S1", "NY", USD, AT, V1, line(1, "P1", "2", 250, 0, 100L),
            line(2, "P2", "1", 400, 40, null));

    @BeforeEach
    void catalog() {
        fixture.ingest(List.of(store("NY", NEW_YORK, USD), product("P1", 250, USD), product("P2", 400, USD),
                product("P3", 999, USD)));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewerVersionThenAnOlderOneKeepsTheNewer() throws Exception {
        fixture.ingest(List.of(first));
        SaleRecorded newer = voided(first, V2);
        assertThat(fixture.ingest(List.of(newer)).updated()).isEqualTo(1);
        Map<String, List<String>> afterNewer = fixture.snapshot();
        fixture.clock.advance(Duration.ofMinutes(1));

        IngestResult older = fixture.ingest(List.of(first));

        assertThat(older.unchanged()).isEqualTo(1);
        assertThat(older.changedStoreIds()).isEmpty();
        assertThat(fixture.snapshot()).isEqualTo(afterNewer);
        assertThat(fixture.rows("SELECT status FROM sale")).containsExactly("status=VOIDED");
    }

    @Test
    void anOlderVersionArrivingFirstIsReplacedByTheNewerOneInTheSameBatch() throws Exception {
        IngestResult result = fixture.ingest(List.of(voided(first, V2), first));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(fixture.rows("SELECT status FROM sale")).containsExactly("status=VOIDED");
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_store_hour")).isZero();
    }

    @Test
    void anEqualVersionIsIgnoredEvenIfItsContentDiffers() throws Exception {
        fixture.ingest(List.of(first));

        IngestResult same = fixture.ingest(List.of(withLines(first, V1, line(1, "P3", "1", 999, 0, null))));

        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(fixture.rows("SELECT product_id FROM sale_line")).hasSize(2);
    }

    @Test
    void voidingTakesTheSaleOutOfEveryRollup() throws Exception {
        fixture.ingest(List.of(first));
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_store_hour")).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_sku_day")).isEqualTo(2);
        long saleId = fixture.count("SELECT id FROM sale");

        IngestResult result = fixture.ingest(List.of(voided(first, V2)));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.changedStoreIds()).hasSize(1);
        assertThat(fixture.count("SELECT id FROM sale")).as("updated in place").isEqualTo(saleId);
        assertThat(fixture.rows("SELECT status, voided_at FROM sale")).singleElement().asString()
                .contains("status=VOIDED", "voided_at=2026-11-20 15:11");
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_store_hour")).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_sku_day")).isZero();
        assertRollupsMatchRawRows();
    }

    @Test
    void changedLinesAreReplacedAndTheRollupsFollow() throws Exception {
        fixture.ingest(List.of(first));
        long firstLineId = fixture.count("SELECT id FROM sale_line WHERE line_no = 1");

        fixture.ingest(List.of(withLines(first, V2, line(1, "P1", "3", 250, 25, 100L),
                line(3, "P3", "1", 999, 0, 500L))));

        assertThat(fixture.rows("SELECT line_no, quantity, discount_minor FROM sale_line ORDER BY line_no"))
                .containsExactly("line_no=1|quantity=3.000|discount_minor=25",
                        "line_no=3|quantity=1.000|discount_minor=0");
        assertThat(fixture.count("SELECT id FROM sale_line WHERE line_no = 1")).as("kept its row")
                .isEqualTo(firstLineId);
        assertThat(fixture.rows("SELECT subtotal_minor, discount_minor, total_minor FROM sale")).containsExactly(
                "subtotal_minor=1749|discount_minor=25|total_minor=1724");
        assertThat(fixture.rows("SELECT transactions, units, gross_minor, discount_minor, net_minor, cost_minor"
                + " FROM sales_by_store_hour")).containsExactly(
                "transactions=1|units=4.000|gross_minor=1749|discount_minor=25|net_minor=1724|cost_minor=800");
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_sku_day")).as("P1 and P3; P2 left").isEqualTo(2);
        assertRollupsMatchRawRows();
    }

    @Test
    void aRefundOfALineSurvivesTheSaleBeingCorrected() throws Exception {
        fixture.ingest(List.of(first, refund("R1", "S1", "NY", USD, AT.plusSeconds(3600), 250,
                refundLine(1, 1, "P1", "1", 250))));

        fixture.ingest(List.of(withLines(first, V2, line(1, "P1", "2", 240, 0, 100L))));

        assertThat(fixture.count("SELECT COUNT(*) FROM refund_line r JOIN sale_line l ON l.id = r.sale_line_id"
                + " WHERE l.line_no = 1")).isEqualTo(1);
        assertRollupsMatchRawRows();

        fixture.ingest(List.of(withLines(first, V3, line(2, "P2", "1", 400, 0, null))));

        assertThat(fixture.count("SELECT COUNT(*) FROM refund_line WHERE sale_line_id IS NULL"))
                .as("the refunded line is gone; the refund stays, unlinked").isEqualTo(1);
        assertRollupsMatchRawRows();
    }

    @Test
    void aSaleWithoutLinesCanBeReplacedToo() throws Exception {
        SaleRecorded giftCard = sale("S2", "NY", USD, AT, V1);
        fixture.ingest(List.of(giftCard));

        IngestResult result = fixture.ingest(List.of(voided(giftCard, V2)));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale_tender")).isEqualTo(1);
        assertRollupsMatchRawRows();
    }

    @Test
    void aSaleMovedToAnotherHourLeavesItsOldHour() throws Exception {
        fixture.ingest(List.of(first));
        SaleRecorded later = sale("S1", "NY", USD, AT.plus(Duration.ofHours(5)), V2, line(1, "P1", "2", 250, 0, 100L));

        fixture.ingest(List.of(later));

        assertThat(fixture.rows("SELECT hour_start FROM sales_by_store_hour"))
                .containsExactly("hour_start=2026-11-20 20:00:00+00");
        assertRollupsMatchRawRows();
    }

    private void assertRollupsMatchRawRows() throws Exception {
        RollupRecompute rollups = new RollupRecompute(fixture.db.dataSource());
        assertThat(rollups.storedHours()).isEqualTo(rollups.expectedHours());
        assertThat(rollups.storedSkuDays()).isEqualTo(rollups.expectedSkuDays());
    }
}
