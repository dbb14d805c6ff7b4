package com.storedesk.pos.demo;

import com.storedesk.core.MovementType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What approved actions changed in the demo stores: prices and clearance discounts that later
 * live sales use while they are in force, and stock booked in or out. Each effect is a function
 * of time, so the live feed, which may replay a window from its origin, sees the same store
 * whenever it asks. Written as text lines for the command ledger, so a restart rebuilds them.
 */
final class DemoChanges {

    /** A price in force from {@code from} (epoch seconds, included) to {@code until} (excluded). */
    record Price(int store, int product, long from, long until, long priceMinor) {
    }

    /** A percentage off each unit sold in the window. */
    record Clearance(int store, int product, long from, long until, BigDecimal percent) {
    }

    /** Stock in (positive) or out at {@code at}, delivered as a movement with {@code id}. */
    record StockChange(int store, int product, long at, long deltaMilli, MovementType type, String id,
            String reference) {
    }

    private final List<Price> prices = new CopyOnWriteArrayList<>();
    private final List<Clearance> clearances = new CopyOnWriteArrayList<>();
    private final List<StockChange> stock = new CopyOnWriteArrayList<>();

    /** The price of one unit sold at {@code at}: the latest change in force, else the catalog's. */
    long price(int store, DemoProduct product, Instant at) {
        long second = at.getEpochSecond();
        for (int i = prices.size() - 1; i >= 0; i--) {
            Price price = prices.get(i);
            if (price.store == store && price.product == product.index() && price.from <= second
                    && second < price.until) {
                return price.priceMinor;
            }
        }
        return product.priceMinor();
    }

    /** The deepest clearance discount in force at {@code at}, or null. */
    BigDecimal clearance(int store, DemoProduct product, Instant at) {
        long second = at.getEpochSecond();
        BigDecimal best = null;
        for (Clearance clearance : clearances) {
            if (clearance.store == store && clearance.product == product.index() && clearance.from <= second
                    && second < clearance.until && (best == null || clearance.percent.compareTo(best) > 0)) {
                best = clearance.percent;
            }
        }
        return best;
    }

    List<StockChange> stock() {
        return stock;
    }

    /** Applies the effects an {@link #entry} line describes. */
    void apply(String entry) {
        for (String effect : entry.split(";")) {
            String[] f = effect.split("\\|");
            switch (f[0]) {
                case "P" -> prices.add(new Price(i(f[1]), i(f[2]), l(f[3]), l(f[4]), l(f[5])));
                case "C" -> clearances.add(new Clearance(i(f[1]), i(f[2]), l(f[3]), l(f[4]), new BigDecimal(f[5])));
                case "S" -> stock.add(new StockChange(i(f[1]), i(f[2]), l(f[3]), l(f[4]), MovementType.valueOf(f[5]),
                        f[6], f[7]));
                default -> throw new IllegalArgumentException("Not a demo change: " + f[0]);
            }
        }
    }

    /** The line for a list of effects, for {@link #apply}. */
    static String entry(List<Record> effects) {
        List<String> parts = new ArrayList<>();
        for (Record effect : effects) {
            if (effect instanceof Price p) {
                parts.add(join("P", p.store, p.product, p.from, p.until, p.priceMinor));
            } else if (effect instanceof Clearance c) {
                parts.add(join("C", c.store, c.product, c.from, c.until, c.percent.toPlainString()));
            } else if (effect instanceof StockChange s) {
                parts.add(join("S", s.store, s.product, s.at, s.deltaMilli, s.type, s.id, s.reference));
            } else {
                throw new IllegalArgumentException("Not a demo change: " + effect);
            }
        }
        return String.join(";", parts);
    }

    private static String join(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (Object field : fields) {
            if (!line.isEmpty()) {
                line.append('|');
            }
            line.append(field);
        }
        return line.toString();
    }

    private static int i(String text) {
        return Integer.parseInt(text);
    }

    private static long l(String text) {
        return Long.parseLong(text);
    }
}
