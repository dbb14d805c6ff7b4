package com.storedesk.pos.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * The anomalies seeded into the demo chain, with their ground truth. Each sits at a fixed store
 * (taken modulo the number of stores) and at fixed offsets from the last history day, all within
 * the last 30 days, so any history of 30 days or more contains them. {@code docs/demo-data.md}
 * tabulates them for the default options; a test keeps the two in step.
 */
public final class DemoAnomalies {

    static final int HAPPY_CASHIER_STORE = 1;
    /** Third cashier on the store's staff list. */
    static final int HAPPY_CASHIER_NTH = 3;
    static final double HAPPY_DISCOUNT_RATE = 0.12;
    static final int[] HAPPY_PERCENTS = {25, 30, 35, 40};
    static final double PEER_DISCOUNT_RATE = 0.024;
    static final int[] PEER_PERCENTS = {10, 10, 10, 15, 20};

    static final int REFUND_SPIKE_STORE = 2;
    static final int REFUND_SPIKE_OFFSET = -9;
    static final double REFUND_SPIKE_FACTOR = 10;

    static final int STOCK_OUT_STORE = 0;
    static final int STOCK_OUT_FIRST = -21;
    static final int STOCK_OUT_LAST = -17;

    static final int SENSOR_STORE = 3;
    static final int SENSOR_OFFSET = -5;
    static final LocalTime SENSOR_DARK_FROM = LocalTime.of(12, 0);
    static final LocalTime SENSOR_DARK_UNTIL = LocalTime.of(18, 0);

    static final int LOW_SALES_STORE = 1;
    static final int LOW_SALES_OFFSET = -13;
    /** Share of the usual conversion left when the card terminals are down. */
    static final double LOW_SALES_FACTOR = 0.4;

    private DemoAnomalies() {
    }

    /** The anomalies the chain these options describe contains. */
    public static List<DemoAnomaly> of(DemoOptions options) {
        List<DemoStore> stores = StoreSites.first(options.stores());
        return of(options, Staff.hire(options.seed(), stores, DemoNames.load(), happyCashierId(options)),
                DemoCatalog.load());
    }

    static List<DemoAnomaly> of(DemoOptions options, Staff staff, DemoCatalog catalog) {
        DemoStore happyStore = store(options, HAPPY_CASHIER_STORE);
        DemoEmployee happy = employee(staff, happyStore, DemoEmployee.CASHIER, HAPPY_CASHIER_NTH);
        DemoStore spikeStore = store(options, REFUND_SPIKE_STORE);
        DemoEmployee clerk = refundSpikeClerk(staff, spikeStore);
        DemoProduct missing = stockOutProduct(catalog);
        int all = -(options.days() - 1);
        return List.of(
                new DemoAnomaly(DemoAnomaly.Kind.DISCOUNT_HAPPY_CASHIER, happyStore.code(), all, 0,
                        options.day(all), options.day(0), happy.externalId(), happy.displayName(), null,
                        String.format(Locale.ROOT,
                                "discounts on ~%d%% of their sales at %d-%d%% off; peers ~%.1f%% at 10-20%%",
                                Math.round(HAPPY_DISCOUNT_RATE * 100), HAPPY_PERCENTS[0],
                                HAPPY_PERCENTS[HAPPY_PERCENTS.length - 1], PEER_DISCOUNT_RATE * 100)),
                new DemoAnomaly(DemoAnomaly.Kind.REFUND_SPIKE, spikeStore.code(), REFUND_SPIKE_OFFSET,
                        REFUND_SPIKE_OFFSET, options.day(REFUND_SPIKE_OFFSET), options.day(REFUND_SPIKE_OFFSET),
                        clerk.externalId(), clerk.displayName(), null,
                        String.format(Locale.ROOT,
                                "~%.0fx the store's usual daily refunds, the extra ones all processed by this supervisor",
                                REFUND_SPIKE_FACTOR)),
                new DemoAnomaly(DemoAnomaly.Kind.STOCK_OUT, store(options, STOCK_OUT_STORE).code(), STOCK_OUT_FIRST,
                        STOCK_OUT_LAST, options.day(STOCK_OUT_FIRST), options.day(STOCK_OUT_LAST), null, null,
                        missing.sku(),
                        String.format(Locale.ROOT,
                                "on hand 0 (counted at opening) and no sales of it for %d days; "
                                        + "a purchase-order receipt the morning after",
                                STOCK_OUT_LAST - STOCK_OUT_FIRST + 1)),
                new DemoAnomaly(DemoAnomaly.Kind.TRAFFIC_SENSOR_DARK, store(options, SENSOR_STORE).code(),
                        SENSOR_OFFSET, SENSOR_OFFSET, options.day(SENSOR_OFFSET), options.day(SENSOR_OFFSET), null,
                        null, null,
                        "no traffic counts " + SENSOR_DARK_FROM + "-" + SENSOR_DARK_UNTIL
                                + " store time; sales go on as usual"),
                new DemoAnomaly(DemoAnomaly.Kind.LOW_SALES_DAY, store(options, LOW_SALES_STORE).code(),
                        LOW_SALES_OFFSET, LOW_SALES_OFFSET, options.day(LOW_SALES_OFFSET),
                        options.day(LOW_SALES_OFFSET), null, null, null,
                        String.format(Locale.ROOT,
                                "~%.0f%% of the expected sales: card terminals down all day, cash only; "
                                        + "traffic as usual", LOW_SALES_FACTOR * 100)));
    }

    static String happyCashierId(DemoOptions options) {
        DemoStore store = store(options, HAPPY_CASHIER_STORE);
        return Staff.employeeId(store, Staff.numberOf(store.profile(), DemoEmployee.CASHIER, HAPPY_CASHIER_NTH));
    }

    static DemoEmployee refundSpikeClerk(Staff staff, DemoStore store) {
        return employee(staff, store, DemoEmployee.SUPERVISOR, 1);
    }

    /** The coffee and tea best seller: its absence is the most visible. */
    static DemoProduct stockOutProduct(DemoCatalog catalog) {
        return catalog.bestSeller(DemoCategory.COFFEE_TEA);
    }

    static DemoStore store(DemoOptions options, int index) {
        return StoreSites.site(index % options.stores());
    }

    private static DemoEmployee employee(Staff staff, DemoStore store, String role, int nth) {
        int number = Staff.numberOf(store.profile(), role, nth);
        return staff.at(store.index()).get(number - 1);
    }

    static boolean sensorDark(DemoOptions options, DemoStore store, LocalDate date, LocalTime intervalStart) {
        return store.equals(store(options, SENSOR_STORE)) && options.offsetOf(date) == SENSOR_OFFSET
                && !intervalStart.isBefore(SENSOR_DARK_FROM) && intervalStart.isBefore(SENSOR_DARK_UNTIL);
    }

    static boolean lowSales(DemoOptions options, DemoStore store, LocalDate date) {
        return store.equals(store(options, LOW_SALES_STORE)) && options.offsetOf(date) == LOW_SALES_OFFSET;
    }

    /** The refund-spike day at this store, or null when the spike is elsewhere. */
    static LocalDate refundSpikeDay(DemoOptions options, DemoStore store) {
        return store.equals(store(options, REFUND_SPIKE_STORE)) ? options.day(REFUND_SPIKE_OFFSET) : null;
    }

    /** Whether the stock-out product is on back-order at this store on this date. */
    static boolean backOrdered(DemoOptions options, DemoStore store, DemoProduct product, DemoProduct missing,
            LocalDate date) {
        if (product.index() != missing.index() || !store.equals(store(options, STOCK_OUT_STORE))) {
            return false;
        }
        int offset = options.offsetOf(date);
        return offset >= STOCK_OUT_FIRST && offset <= STOCK_OUT_LAST;
    }
}
