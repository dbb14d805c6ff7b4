package com.storedesk.insight.anomaly;

import com.storedesk.data.StoreSummary;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;

/** One made-up store in New York, and its days as the rules see them. */
final class TestStore {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Currency USD = Currency.getInstance("USD");
    static final StoreSummary STORE = new StoreSummary(7, "test", "store-7", "S07", "Corner Store", ZONE, USD);
    /** A Friday. */
    static final LocalDate DAY = LocalDate.of(2026, 3, 20);

    private TestStore() {
    }

    static StoreDay complete(LocalDate date) {
        return StoreDay.complete(STORE, date);
    }

    static StoreDay today(LocalTime now) {
        return StoreDay.at(STORE, DAY, DAY.atTime(now).atZone(ZONE).toInstant());
    }
}
