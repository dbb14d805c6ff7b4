package com.storedesk.pos.demo;

import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import com.storedesk.pos.HistoryPage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A demo history pulled page by page, with the lookups tests need. The standard one (60 days,
 * four stores, seed 42) is generated once per test run and shared: it takes a second or two.
 */
final class DemoHistory {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T15:00:00Z"), ZoneOffset.UTC);

    private static DemoHistory standard;

    final DemoOptions options;
    final DemoChain chain;
    final List<HistoryPage> pages;

    private DemoHistory(DemoOptions options, List<HistoryPage> pages) {
        this.options = options;
        this.chain = new DemoChain(options);
        this.pages = pages;
    }

    static DemoOptions options(int stores, int days) {
        return new DemoOptions(42, stores, days, 1, LAST_DAY);
    }

    /** 60 days of four stores: every anomaly, promotion and the holiday fall inside. */
    static synchronized DemoHistory standard() {
        if (standard == null) {
            standard = pull(options(4, 60));
        }
        return standard;
    }

    static DemoHistory pull(DemoOptions options) {
        List<HistoryPage> pages = new ArrayList<>();
        try (DemoConnector connector = new DemoConnector(options, CLOCK)) {
            String cursor = null;
            do {
                HistoryPage page = connector.pullHistory(cursor);
                pages.add(page);
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return new DemoHistory(options, pages);
    }

    Stream<RetailEvent> events() {
        return pages.stream().flatMap(page -> page.events().stream());
    }

    <T extends RetailEvent> List<T> all(Class<T> type) {
        return events().filter(type::isInstance).map(type::cast).toList();
    }

    /** The latest version of every sale, voided ones included. */
    List<SaleRecorded> latestSales() {
        Map<String, SaleRecorded> latest = new HashMap<>();
        for (SaleRecorded sale : all(SaleRecorded.class)) {
            latest.merge(sale.externalId(), sale, (a, b) -> b.updatedAt().isAfter(a.updatedAt()) ? b : a);
        }
        return List.copyOf(latest.values());
    }

    /** Sales that stand. */
    List<SaleRecorded> completedSales() {
        return latestSales().stream().filter(s -> s.voidedAt() == null).toList();
    }

    DemoStore store(String code) {
        return chain.stores().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    DemoStore storeOf(String storeExternalId) {
        return chain.stores().stream().filter(s -> s.externalId().equals(storeExternalId)).findFirst().orElseThrow();
    }

    LocalDate localDate(String storeExternalId, Instant at) {
        return LocalDate.ofInstant(at, storeOf(storeExternalId).zone());
    }

    LocalDate dateOf(SaleRecorded sale) {
        return localDate(sale.storeExternalId(), sale.occurredAt());
    }

    LocalDate dateOf(RefundRecorded refund) {
        return localDate(refund.storeExternalId(), refund.occurredAt());
    }

    LocalDate dateOf(TrafficCounted traffic) {
        return localDate(traffic.storeExternalId(), traffic.intervalStart());
    }

    LocalDate dateOf(StockCounted count) {
        return localDate(count.storeExternalId(), count.countedAt());
    }

    LocalDate dateOf(StockMoved move) {
        return localDate(move.storeExternalId(), move.occurredAt());
    }

    /** The history days, first to last. */
    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = options.firstHistoryDay(); !d.isAfter(options.lastHistoryDay()); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
