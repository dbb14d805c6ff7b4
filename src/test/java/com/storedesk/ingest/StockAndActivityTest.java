package com.storedesk.ingest;

import static com.storedesk.ingest.TestEvents.NEW_YORK;
import static com.storedesk.ingest.TestEvents.SOURCE;
import static com.storedesk.ingest.TestEvents.USD;
import static com.storedesk.ingest.TestEvents.employee;
import static com.storedesk.ingest.TestEvents.product;
import static com.storedesk.ingest.TestEvents.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock levels keep the latest count; movements, door counts and shifts are upserted as they change. */
class StockAndActivityTest {

    private static final Instant NINE = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant TEN = NINE.plus(Duration.ofHours(1));

    private final IngestFixture fixture = new IngestFixture();

    @BeforeEach
    void catalog() {
        fixture.ingest(List.of(store("NY", NEW_YORK, USD), product("P1", 250, USD), employee("E1", "NY")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static StockCounted count(String id, String onHand, Instant countedAt) {
        return new StockCounted(SOURCE, id, "NY", "P1", new BigDecimal(onHand), countedAt);
    }

    @Test
    void theLatestCountWinsWhateverOrderCountsArriveIn() throws Exception {
        assertThat(fixture.ingest(List.of(count("inv-1", "40", TEN))).inserted()).isEqualTo(1);

        IngestResult older = fixture.ingest(List.of(count("inv-1", "55", NINE)));
        assertThat(older.unchanged()).isEqualTo(1);
        assertThat(older.changedStoreIds()).isEmpty();
        assertThat(fixture.rows("SELECT on_hand, counted_at FROM stock_level"))
                .containsExactly("on_hand=40.000|counted_at=2026-11-20 15:00:00+00");

        IngestResult newer = fixture.ingest(List.of(count("inv-1", "38.5", TEN.plusSeconds(1))));
        assertThat(newer.updated()).isEqualTo(1);
        assertThat(fixture.rows("SELECT on_hand FROM stock_level")).containsExactly("on_hand=38.500");
    }

    @Test
    void withinOneBatchTheLatestCountWinsToo() throws Exception {
        IngestResult result = fixture.ingest(List.of(count("inv-1", "12", TEN), count("inv-1", "30", NINE),
                count("inv-1", "7", NINE.plusSeconds(30))));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(fixture.rows("SELECT on_hand FROM stock_level")).containsExactly("on_hand=12.000");
    }

    @Test
    void aShiftFillsInAsItIsDeliveredAgain() throws Exception {
        ShiftClocked planned = new ShiftClocked(SOURCE, "sh-1", "NY", "E1", NINE, NINE.plus(Duration.ofHours(8)),
                null, null, "CASHIER");
        ShiftClocked clockedIn = new ShiftClocked(SOURCE, "sh-1", "NY", "E1", NINE, NINE.plus(Duration.ofHours(8)),
                NINE.plusSeconds(120), null, "CASHIER");

        assertThat(fixture.ingest(List.of(planned)).inserted()).isEqualTo(1);
        assertThat(fixture.ingest(List.of(clockedIn)).updated()).isEqualTo(1);
        assertThat(fixture.ingest(List.of(clockedIn)).unchanged()).isEqualTo(1);

        assertThat(fixture.rows("SELECT business_date, clock_in FROM shift"))
                .containsExactly("business_date=2026-11-20|clock_in=2026-11-20 14:02:00+00");
    }

    @Test
    void movementsAndDoorCountsAreUpsertedByTheirIds() throws Exception {
        StockMoved receipt = new StockMoved(SOURCE, "mv-1", "NY", "P1", "E1", NINE, MovementType.RECEIPT,
                new BigDecimal("24"), "PO-1");
        TrafficCounted door = new TrafficCounted(SOURCE, "door@14:00", "NY", "door-1", NINE, 15, 10, 4);

        fixture.ingest(List.of(receipt, door));
        IngestResult corrected = fixture.ingest(List.of(
                new StockMoved(SOURCE, "mv-1", "NY", "P1", "E1", NINE, MovementType.RECEIPT, new BigDecimal("23"),
                        "PO-1"),
                new TrafficCounted(SOURCE, "door@14:00", "NY", "door-1", NINE, 15, 10, 4)));

        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.unchanged()).isEqualTo(1);
        assertThat(fixture.rows("SELECT quantity_delta, business_date FROM stock_movement"))
                .containsExactly("quantity_delta=23.000|business_date=2026-11-20");
        assertThat(fixture.count("SELECT COUNT(*) FROM traffic_count")).isEqualTo(1);
    }

    @Test
    void aCountForAProductNobodyKnowsIsRefused() {
        IngestResult result = fixture.ingest(List.of(
                new StockCounted(SOURCE, "inv-9", "NY", "P404", BigDecimal.ONE, NINE), count("inv-1", "3", NINE)));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.rejections()).extracting(IngestRejection::reason)
                .containsExactly(RejectReason.UNKNOWN_PRODUCT);
    }
}
