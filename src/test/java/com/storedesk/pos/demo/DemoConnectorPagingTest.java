package com.storedesk.pos.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.HistoryPage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference data first, then one page per day with a date cursor that a later run can continue from. */
class DemoConnectorPagingTest {

    private final DemoHistory history = DemoHistory.standard();

    @Test
    void theFirstPageIsTheReferenceDataInDependencyOrder() {
        HistoryPage first = history.pages.get(0);
        List<Class<?>> kinds = first.events().stream().<Class<?>>map(Object::getClass).distinct().toList();
        assertThat(kinds).containsExactly(StoreUpserted.class, EmployeeUpserted.class, ProductUpserted.class,
                CustomerUpserted.class, StockCounted.class);
        assertThat(first.nextCursor()).isEqualTo(history.options.firstHistoryDay().toString());
        assertThat(first.progress()).isZero();
        long counts = first.events().stream().filter(StockCounted.class::isInstance).count();
        assertThat(counts).isEqualTo(4L * history.chain.catalog().size());
    }

    @Test
    void thenOnePagePerDayInDateOrderWithTheNextDayAsCursor() {
        List<LocalDate> days = history.days();
        assertThat(history.pages).hasSize(days.size() + 1);
        for (int i = 0; i < days.size(); i++) {
            HistoryPage page = history.pages.get(i + 1);
            LocalDate day = days.get(i);
            boolean last = i == days.size() - 1;
            assertThat(page.nextCursor()).isEqualTo(last ? null : day.plusDays(1).toString());
            assertThat(page.progress()).isCloseTo((i + 1.0) / days.size(), offset(1e-9));
            for (RetailEvent event : page.events()) {
                if (event instanceof SaleRecorded sale) {
                    assertThat(history.dateOf(sale)).isEqualTo(day);
                }
                if (event instanceof RefundRecorded refund) {
                    assertThat(history.dateOf(refund)).isEqualTo(day);
                }
            }
        }
        assertThat(history.pages.get(history.pages.size() - 1).isLast()).isTrue();
    }

    @Test
    void aRefundsPageIsNeverBeforeItsSalesPage() {
        Map<String, Integer> pageOfSale = new HashMap<>();
        for (int i = 0; i < history.pages.size(); i++) {
            for (RetailEvent event : history.pages.get(i).events()) {
                if (event instanceof SaleRecorded sale) {
                    pageOfSale.putIfAbsent(sale.externalId(), i);
                }
                if (event instanceof RefundRecorded refund) {
                    assertThat(pageOfSale.get(refund.originalSaleExternalId())).isNotNull().isLessThan(i);
                }
            }
        }
    }

    @Test
    void aCursorFromAnEarlierRunContinuesUpToTheNewLastDay() {
        DemoOptions earlier = DemoHistory.options(2, 20);
        DemoOptions later = earlier.withLastHistoryDay(earlier.lastHistoryDay().plusDays(3));
        String cursor;
        try (DemoConnector first = new DemoConnector(earlier, DemoHistory.CLOCK)) {
            HistoryPage page = first.pullHistory(earlier.lastHistoryDay().toString());
            assertThat(page.isLast()).isTrue();
            cursor = earlier.lastHistoryDay().plusDays(1).toString();
        }
        try (DemoConnector second = new DemoConnector(later, DemoHistory.CLOCK)) {
            HistoryPage one = second.pullHistory(cursor);
            HistoryPage two = second.pullHistory(one.nextCursor());
            HistoryPage three = second.pullHistory(two.nextCursor());
            assertThat(one.events()).isNotEmpty();
            assertThat(List.of(one.progress(), two.progress(), three.progress()))
                    .containsExactly(1.0 / 3, 2.0 / 3, 1.0);
            assertThat(three.isLast()).isTrue();
            assertThat(second.pullHistory(earlier.lastHistoryDay().plusDays(10).toString()).events()).isEmpty();
        }
    }

    @Test
    void aCursorItDidNotHandOutIsAnError() {
        try (DemoConnector connector = new DemoConnector(DemoHistory.options(1, 3), DemoHistory.CLOCK)) {
            assertThatThrownBy(() -> connector.pullHistory("page-7")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void defaultsEndYesterdayInTheWesternmostStore() {
        Clock justAfterMidnightInNewYork = Clock.fixed(Instant.parse("2026-03-16T04:30:00Z"), ZoneOffset.UTC);
        DemoOptions defaults = DemoOptions.defaults(justAfterMidnightInNewYork);
        assertThat(defaults.lastHistoryDay()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(List.of(defaults.seed(), (long) defaults.stores(), (long) defaults.days()))
                .containsExactly(42L, 4L, 90L);
        assertThat(DemoOptions.defaults(DemoHistory.CLOCK).lastHistoryDay()).isEqualTo(LocalDate.of(2026, 3, 15));
    }
}
