package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.STORE;
import static com.storedesk.insight.anomaly.TestStore.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class StoreDayTest {

    private static final Instant TEN_FORTY_FIVE = DAY.atTime(10, 45).atZone(ZONE).toInstant();

    @Test
    void aPastDayIsComplete() {
        StoreDay day = StoreDay.at(STORE, DAY.minusDays(1), TEN_FORTY_FIVE);
        assertThat(day.isComplete()).isTrue();
        assertThat(day.hoursPast()).isEqualTo(24);
        assertThat(day.reached()).isEqualTo(DAY.atStartOfDay(ZONE).toInstant());
    }

    @Test
    void todayRunsToNowInTheStoresZone() {
        StoreDay day = StoreDay.at(STORE, DAY, TEN_FORTY_FIVE);
        assertThat(day.isComplete()).isFalse();
        assertThat(day.asOf()).contains(LocalTime.of(10, 45));
        assertThat(day.hoursPast()).isEqualTo(10);
        assertThat(day.reached()).isEqualTo(TEN_FORTY_FIVE);
    }

    @Test
    void aFutureDayHasNotStarted() {
        assertThat(StoreDay.at(STORE, DAY.plusDays(1), TEN_FORTY_FIVE).hoursPast()).isZero();
    }

    @Test
    void theStoresZoneDecidesWhichDayIsToday() {
        // 02:00 UTC on the 21st is still the evening of the 20th in New York.
        Instant lateEvening = Instant.parse("2026-03-21T02:00:00Z");
        assertThat(StoreDay.at(STORE, DAY, lateEvening).asOf()).contains(LocalTime.of(22, 0));
    }
}
