package com.storedesk.planogram.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreComplianceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void eachStoreAveragesItsFixturesLatestScoresAndKeepsTheLatestCheck() {
        Map<Long, StoreCompliance> stores = StoreCompliance.byStore(List.of(
                new FixtureScore(1, "COFFEE-1", 2, TUESDAY, 0.8),
                new FixtureScore(1, "CHOC-1", 1, MONDAY, 0.5),
                new FixtureScore(2, "COFFEE-1", 1, MONDAY, 1.0)));

        assertThat(stores.get(1L).score()).isEqualTo(0.65);
        assertThat(stores.get(1L).lastChecked()).isEqualTo(TUESDAY);
        assertThat(stores.get(1L).fixtures()).isEqualTo(2);
        assertThat(stores.get(2L).score()).isEqualTo(1.0);
        assertThat(stores).doesNotContainKey(3L);
    }
}
