package com.storedesk.pos.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes one day busier than another, apart from the weekday: paydays, the holiday and its
 * eve, weather, and the promotions running. The holiday and the promotions sit at fixed offsets
 * from the last history day, so every history long enough shows them.
 */
final class DemoCalendar {

    /** Every store is closed on the holiday... */
    static final int HOLIDAY_OFFSET = -45;
    /** ...and the day before is the busiest of the season. */
    static final double HOLIDAY_EVE_FACTOR = 1.6;
    /** The 1st and 15th, when many get paid. */
    static final double PAYDAY_FACTOR = 1.10;

    private final DemoOptions options;
    private final List<Promotion> promotions;

    DemoCalendar(DemoOptions options, DemoCatalog catalog) {
        this.options = options;
        this.promotions = promotions(options, catalog);
    }

    private static List<Promotion> promotions(DemoOptions options, DemoCatalog catalog) {
        List<Promotion> list = new ArrayList<>();
        list.add(promotion(options, "Coffee Week 15% off", 15, DemoCategory.COFFEE_TEA, null, -62, -56, 1.8));
        list.add(promotion(options, "Cheese Days 20% off", 20, DemoCategory.CHEESE_DELI, null, -38, -36, 1.9));
        String chocolate = catalog.bySku("CHO-0001").sku();
        list.add(promotion(options, "Dark Chocolate 72% 25% off", 25, null, chocolate, -27, -21, 3.0));
        list.add(promotion(options, "Candle Event 20% off", 20, DemoCategory.HOME_FRAGRANCE, null, -7, 0, 1.8));
        return List.copyOf(list);
    }

    private static Promotion promotion(DemoOptions options, String name, int percent, DemoCategory category,
            String sku, int first, int last, double lift) {
        return new Promotion(name, percent, category, sku, first, last, lift, options.day(first), options.day(last));
    }

    List<Promotion> promotions() {
        return promotions;
    }

    boolean closed(LocalDate date) {
        return options.offsetOf(date) == HOLIDAY_OFFSET;
    }

    boolean holidayEve(LocalDate date) {
        return options.offsetOf(date) == HOLIDAY_OFFSET - 1;
    }

    static boolean payday(LocalDate date) {
        return date.getDayOfMonth() == 1 || date.getDayOfMonth() == 15;
    }

    Weather weather(DemoStore store, LocalDate date) {
        return Weather.on(options.seed(), store.weatherRegion(), date);
    }

    /** Expected shoppers relative to the store's average day; 0 when closed. */
    double demand(DemoStore store, LocalDate date) {
        if (closed(date)) {
            return 0;
        }
        double factor = store.profile().weekdayFactor(date.getDayOfWeek());
        if (payday(date)) {
            factor *= PAYDAY_FACTOR;
        }
        if (holidayEve(date)) {
            factor *= HOLIDAY_EVE_FACTOR;
        }
        return factor * weather(store, date).effectOn(store.profile());
    }

    List<Promotion> promotionsOn(LocalDate date) {
        List<Promotion> running = new ArrayList<>(2);
        for (Promotion promotion : promotions) {
            if (promotion.runsOn(date)) {
                running.add(promotion);
            }
        }
        return running;
    }
}
