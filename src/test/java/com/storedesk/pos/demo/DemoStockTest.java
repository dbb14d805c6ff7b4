package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reported stock levels are the running result of what the events say happened. */
class DemoStockTest {

    private final DemoHistory history = DemoHistory.standard();

    @Test
    void everyCountEqualsTheInitialLevelPlusMovementsMinusSalesPlusRestockedReturns() {
        Set<String> voided = new HashSet<>();
        history.latestSales().stream().filter(s -> s.voidedAt() != null).forEach(s -> voided.add(s.externalId()));
        Set<String> seenSales = new HashSet<>();
        Map<String, BigDecimal> level = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (RetailEvent event : history.events().toList()) {
            if (event instanceof SaleRecorded sale && seenSales.add(sale.externalId())
                    && !voided.contains(sale.externalId())) {
                sale.lines().forEach(l -> add(level, sale.storeExternalId(), l.productExternalId(), l.quantity().negate()));
            } else if (event instanceof RefundRecorded refund) {
                refund.lines().stream().filter(RefundRecorded.Line::restocked)
                        .forEach(l -> add(level, refund.storeExternalId(), l.productExternalId(), l.quantity()));
            } else if (event instanceof StockMoved move) {
                add(level, move.storeExternalId(), move.productExternalId(), move.quantityDelta());
            } else if (event instanceof StockCounted count) {
                String key = count.storeExternalId() + "/" + count.productExternalId();
                BigDecimal expected = level.get(key);
                if (expected != null && expected.compareTo(count.onHand()) != 0 && mismatches.size() < 10) {
                    mismatches.add(key + " counted " + count.onHand() + " at " + count.countedAt() + ", expected " + expected);
                }
                checked += expected != null ? 1 : 0;
                level.put(key, count.onHand());
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(10_000);
    }

    private static void add(Map<String, BigDecimal> level, String store, String product, BigDecimal delta) {
        level.merge(store + "/" + product, delta, BigDecimal::add);
    }

    @Test
    void shelvesRunEmptyNowAndThenAndGetRefilled() {
        String anomalySku = "prod-" + DemoAnomalies.stockOutProduct(history.chain.catalog()).sku();
        List<StockCounted> empty = history.all(StockCounted.class).stream()
                .filter(c -> c.onHand().signum() == 0 && !c.productExternalId().equals(anomalySku))
                .filter(c -> !c.productExternalId().startsWith("prod-BAK"))
                .toList();
        assertThat(empty).hasSizeGreaterThan(100);
        List<StockMoved> moves = history.all(StockMoved.class);
        assertThat(moves).filteredOn(m -> m.reference().endsWith("-WEEKLY"))
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(history.dateOf(m).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(m.type()).isEqualTo(MovementType.RECEIPT);
                });
        assertThat(moves).filteredOn(m -> m.type() == MovementType.RECEIPT && m.reference().matches("PO-S\\d\\d-\\d{8}-\\d\\d"))
                .hasSizeGreaterThan(500);
        assertThat(moves).filteredOn(m -> m.reference().startsWith("WASTE-"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(MovementType.ADJUSTMENT))
                .allSatisfy(m -> assertThat(m.productExternalId()).startsWith("prod-BAK"));
    }
}
