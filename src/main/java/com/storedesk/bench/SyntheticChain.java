package com.storedesk.bench;

import com.storedesk.core.DiscountType;
import com.storedesk.core.SaleStatus;
import com.storedesk.core.TenderType;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up chain for measuring ingest: a handful of stores, a couple of hundred products, staff
 * and loyalty customers, and an endless, reproducible stream of sales (one to five lines, three on
 * average), handed out one batch at a time so memory stays flat however many are asked for.
 */
final class SyntheticChain {

    static final int STORES = 6;
    static final int PRODUCTS = 200;
    static final int EMPLOYEES = 24;
    static final int CUSTOMERS = 2_000;
    private static final Currency USD = Currency.getInstance("USD");
    private static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Denver"), ZoneId.of("America/Los_Angeles"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Asia/Kolkata")};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final String source;
    private final SplittableRandom random;
    private final long[] prices = new long[PRODUCTS];
    private long salesMade;
    private Instant clock = START;

    SyntheticChain(String source, long seed) {
        this.source = source;
        this.random = new SplittableRandom(seed);
        for (int p = 0; p < PRODUCTS; p++) {
            prices[p] = 99 + random.nextInt(4_900);
        }
    }

    /** Stores with their registers, staff, products and customers: what sales refer to. */
    List<RetailEvent> referenceData() {
        List<RetailEvent> events = new ArrayList<>();
        for (int s = 0; s < STORES; s++) {
            events.add(new StoreUpserted(source, store(s), "B" + s, "Bench store " + s, ZONES[s], USD, "Springfield",
                    null, "US", "MALL", List.of(new StoreUpserted.Register(register(s, 0), "Till 1"),
                            new StoreUpserted.Register(register(s, 1), "Till 2"))));
        }
        for (int e = 0; e < EMPLOYEES; e++) {
            events.add(new EmployeeUpserted(source, employee(e), store(e % STORES), "Associate " + e, "CASHIER", true));
        }
        for (int p = 0; p < PRODUCTS; p++) {
            events.add(new ProductUpserted(source, product(p), "SKU-" + p, null, "Product " + p, "Aisle " + p % 12,
                    "EACH", prices[p] * 6 / 10, prices[p], USD, false, null, true));
        }
        for (int c = 0; c < CUSTOMERS; c++) {
            events.add(new CustomerUpserted(source, customer(c), "L" + c, "First" + c, "Last" + c, null, null, false));
        }
        return events;
    }

    /**
     * The next sales, holding exactly {@code lines} lines together (the last sale is cut short if
     * needed). Sales follow each other a few seconds apart, across all stores.
     */
    List<SaleRecorded> nextSales(int lines) {
        List<SaleRecorded> sales = new ArrayList<>(lines / 3 + 1);
        int left = lines;
        while (left > 0) {
            int count = Math.min(left, 1 + random.nextInt(5));
            sales.add(sale(count));
            left -= count;
        }
        return sales;
    }

    private SaleRecorded sale(int lineCount) {
        long n = salesMade++;
        int store = (int) (n % STORES);
        clock = clock.plusMillis(500 + random.nextInt(4_000));
        List<SaleRecorded.Line> lines = new ArrayList<>(lineCount);
        long net = 0;
        long discounted = 0;
        for (int l = 1; l <= lineCount; l++) {
            int p = random.nextInt(PRODUCTS);
            BigDecimal quantity = BigDecimal.valueOf(1 + (random.nextInt(10) == 0 ? random.nextInt(4) : 0));
            long gross = prices[p] * quantity.longValue();
            long discount = random.nextInt(8) == 0 ? gross / 10 : 0;
            lines.add(new SaleRecorded.Line(l, product(p), quantity, prices[p], discount, prices[p] * 6 / 10));
            net += gross - discount;
            discounted += discount;
        }
        long tax = net * 8 / 100;
        List<SaleRecorded.Discount> discounts = discounted == 0 ? List.of()
                : List.of(new SaleRecorded.Discount("Promotion", DiscountType.AMOUNT, null, discounted, null, null));
        String customer = random.nextInt(3) == 0 ? customer(random.nextInt(CUSTOMERS)) : null;
        return new SaleRecorded(source, "sale-" + n, store(store), register(store, (int) (n / STORES % 2)),
                employee(store + STORES * random.nextInt(EMPLOYEES / STORES)), customer, clock, clock,
                SaleStatus.COMPLETED, null, null, null, USD, tax, lines,
                List.of(new SaleRecorded.Tender(random.nextInt(4) == 0 ? TenderType.CASH : TenderType.CARD,
                        net + tax, null)),
                discounts);
    }

    private static String store(int s) {
        return "store-" + s;
    }

    private static String register(int store, int r) {
        return "till-" + store + "-" + r;
    }

    private static String employee(int e) {
        return "emp-" + e;
    }

    private static String product(int p) {
        return "prod-" + p;
    }

    private static String customer(int c) {
        return "cust-" + c;
    }
}
