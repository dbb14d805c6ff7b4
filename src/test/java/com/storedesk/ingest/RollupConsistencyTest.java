package com.storedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.RetailEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A few hundred sales in Kolkata and St. John's, then voids, corrections, refunds and stale
 * replays in shuffled batches: after every step the rollups equal a GROUP BY over the raw rows.
 */
class RollupConsistencyTest {

    private static final int SALES = 300;

    private final IngestFixture fixture = new IngestFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void rollupsEqualTheRawRowsThroughVoidsCorrectionsRefundsAndReplays() throws Exception {
        SaleHistory history = new SaleHistory(20261123, SALES);
        fixture.ingest(history.reference);

        inBatches(history.sales, 40);
        assertRollupsMatchRawRows();

        inBatches(history.changes, 25);
        assertRollupsMatchRawRows();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale WHERE status = 'VOIDED'")).isEqualTo(43);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isGreaterThan(20);

        Map<String, List<String>> settled = fixture.snapshot();
        inBatches(history.changes, 50);
        inBatches(history.latest, 100);
        assertThat(fixture.snapshot()).as("replaying everything changes nothing").isEqualTo(settled);
    }

    private void inBatches(List<? extends RetailEvent> events, int size) {
        for (int from = 0; from < events.size(); from += size) {
            IngestResult result = fixture.ingest(events.subList(from, Math.min(events.size(), from + size)));
            assertThat(result.rejections()).isEmpty();
        }
    }

    private void assertRollupsMatchRawRows() throws Exception {
        RollupRecompute rollups = new RollupRecompute(fixture.db.dataSource());
        List<RollupRecompute.Hour> hours = rollups.expectedHours();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(SALES);
        assertThat(hours).as("the history spans many hours").hasSizeGreaterThan(100);
        assertThat(rollups.storedHours()).isEqualTo(hours);
        assertThat(rollups.storedSkuDays()).isEqualTo(rollups.expectedSkuDays());
        assertThat(fixture.count("SELECT COUNT(*) FROM sales_by_store_hour WHERE MINUTE(hour_start) = 30"))
                .as("Kolkata and St. John's hours start at :30 UTC").isEqualTo(hours.size());
        assertBusinessDatesAreStoreLocal();
    }

    private void assertBusinessDatesAreStoreLocal() throws Exception {
        DateTimeFormatter timestamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssx");
        for (String row : fixture.rows("SELECT h.hour_start, h.business_date, st.time_zone FROM sales_by_store_hour h"
                + " JOIN store st ON st.id = h.store_id")) {
            String[] columns = row.split("\\|");
            Instant hour = OffsetDateTime.parse(value(columns[0]), timestamp).toInstant();
            ZoneId zone = ZoneId.of(value(columns[2]));
            assertThat(LocalDate.parse(value(columns[1]))).isEqualTo(LocalDate.ofInstant(hour, zone));
        }
    }

    private static String value(String column) {
        return column.substring(column.indexOf('=') + 1);
    }
}
