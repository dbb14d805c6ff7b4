package com.storedesk.pos.demo;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.HistoryPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times generating the default history (90 days, 4 stores) and counts what it holds. Not a
 * test: run it by hand after changing the generator, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.storedesk.pos.demo.DemoGenerationMeasurement}.
 */
public final class DemoGenerationMeasurement {

    private DemoGenerationMeasurement() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.fixed(Instant.parse(args.length > 0 ? args[0] : "2026-03-16T15:00:00Z"), ZoneOffset.UTC);
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            Map<String, Integer> byType = new TreeMap<>();
            long sales = 0;
            long lines = 0;
            int pages = 0;
            try (DemoConnector connector = DemoConnector.withDefaults(clock)) {
                String cursor = null;
                do {
                    HistoryPage page = connector.pullHistory(cursor);
                    pages++;
                    for (RetailEvent event : page.events()) {
                        byType.merge(event.getClass().getSimpleName(), 1, Integer::sum);
                        if (event instanceof SaleRecorded sale && sale.updatedAt().equals(sale.occurredAt())) {
                            sales++;
                            lines += sale.lines().size();
                        }
                    }
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("round %d: %d pages, %d events in %d ms%n", round, pages, total, millis);
            if (round == 3) {
                byType.forEach((type, count) -> System.out.printf("  %-18s %,9d%n", type, count));
                System.out.printf("  sales (first versions) %,d, lines %,d, lines per sale %.2f%n", sales, lines,
                        (double) lines / sales);
            }
        }
    }
}
