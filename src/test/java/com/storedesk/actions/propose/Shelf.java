package com.storedesk.actions.propose;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.ProductFacts;
import com.storedesk.data.facts.SkuDaySales;
import com.storedesk.data.facts.StockFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Hand-built stock and products for the proposer tests: one store in New York, 23 Nov 2026 at 15:30. */
final class Shelf {

    static final Currency USD = Currency.getInstance("USD");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final StoreSummary STORE = new StoreSummary(1, "test", "s1", "S1", "Store 1", NEW_YORK, USD);
    static final Instant NOW = Instant.parse("2026-11-23T20:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Shelf() {
    }

    static ProductFacts product(long id, long priceMinor) {
        return new ProductFacts(id, "SKU-" + id, "Product " + id, "Kitchenware", priceMinor, priceMinor / 2, USD,
                false, null);
    }

    static ProductFacts perishable(long id, long priceMinor, int shelfLifeDays) {
        return new ProductFacts(id, "CHE-" + id, "Cheese " + id, "Cheese & Deli", priceMinor, priceMinor / 2, USD,
                true, shelfLifeDays);
    }

    /** {@code onHand} counted last night, selling {@code perDay} units on each of the {@code days} days before today. */
    static StockFacts stock(long id, String onHand, String perDay, int days, Instant lastIncomingAt) {
        List<SkuDaySales> sales = new ArrayList<>();
        BigDecimal units = new BigDecimal(perDay);
        for (int back = 1; back <= days && units.signum() > 0; back++) {
            sales.add(new SkuDaySales(TODAY.minusDays(back), 1, units, units.longValue() * 100));
        }
        return new StockFacts(id, "SKU-" + id, "Product " + id, new BigDecimal(onHand),
                Instant.parse("2026-11-23T02:30:00Z"), lastIncomingAt, null, null, sales);
    }
}
