package com.storedesk.data.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one transaction adds to (or takes from) the rollup tables, summed in memory per rollup row
 * so each touched row is written once per batch. The definitions are in V2__ingest.sql.
 */
final class RollupDeltas {

    record HourKey(long storeId, Instant hourStart) implements Comparable<HourKey> {
        @Override
        public int compareTo(HourKey other) {
            int byStore = Long.compare(storeId, other.storeId);
            return byStore != 0 ? byStore : hourStart.compareTo(other.hourStart);
        }
    }

    record SkuDayKey(long storeId, long productId, LocalDate businessDate) implements Comparable<SkuDayKey> {
        @Override
        public int compareTo(SkuDayKey other) {
            int byStore = Long.compare(storeId, other.storeId);
            if (byStore != 0) {
                return byStore;
            }
            int byProduct = Long.compare(productId, other.productId);
            return byProduct != 0 ? byProduct : businessDate.compareTo(other.businessDate);
        }
    }

    /** Changes to one sales_by_store_hour row; businessDate and currency are for inserting it. */
    static final class HourDelta {
        final LocalDate businessDate;
        final Currency currency;
        int transactions;
        BigDecimal units = BigDecimal.ZERO;
        long grossMinor;
        long discountMinor;
        long refundMinor;
        long costMinor;
        /** Something was taken out, so the row may now be empty. */
        boolean shrank;

        HourDelta(LocalDate businessDate, Currency currency) {
            this.businessDate = businessDate;
            this.currency = currency;
        }

        long netMinor() {
            return grossMinor - discountMinor - refundMinor;
        }

        boolean isZero() {
            return transactions == 0 && units.signum() == 0 && grossMinor == 0 && discountMinor == 0
                    && refundMinor == 0 && costMinor == 0;
        }
    }

    /** Changes to one sales_by_sku_day row. */
    static final class SkuDayDelta {
        final Currency currency;
        int transactions;
        BigDecimal units = BigDecimal.ZERO;
        long netMinor;
        long discountMinor;
        long costMinor;
        boolean shrank;

        SkuDayDelta(Currency currency) {
            this.currency = currency;
        }

        boolean isZero() {
            return transactions == 0 && units.signum() == 0 && netMinor == 0 && discountMinor == 0 && costMinor == 0;
        }
    }

    // Sorted, so concurrent writers on a shared database touch rollup rows in the same order.
    private final Map<HourKey, HourDelta> hours = new TreeMap<>();
    private final Map<SkuDayKey, SkuDayDelta> skuDays = new TreeMap<>();

    /**
     * Adds a sale's contribution ({@code sign} 1) or takes it back out ({@code sign} -1).
     *
     * @param zone the store's time zone, which places the sale in a store-local hour
     */
    void addSale(SaleFigures sale, ZoneId zone, int sign) {
        if (!sale.counts()) {
            return;
        }
        ZonedDateTime hour = sale.occurredAt().atZone(zone).truncatedTo(ChronoUnit.HOURS);
        HourDelta hourDelta = hours.computeIfAbsent(new HourKey(sale.storeId(), hour.toInstant()),
                key -> new HourDelta(hour.toLocalDate(), sale.currency()));
        hourDelta.transactions += sign;
        hourDelta.shrank |= sign < 0;
        Set<Long> productsInSale = new HashSet<>();
        for (SaleFigures.Line line : sale.lines()) {
            BigDecimal units = sign < 0 ? line.quantity().negate() : line.quantity();
            long cost = line.costMinor() == null ? 0 : line.costMinor();
            hourDelta.units = hourDelta.units.add(units);
            hourDelta.grossMinor = Math.addExact(hourDelta.grossMinor, sign * line.grossMinor());
            hourDelta.discountMinor = Math.addExact(hourDelta.discountMinor, sign * line.discountMinor());
            hourDelta.costMinor = Math.addExact(hourDelta.costMinor, sign * cost);

            SkuDayDelta day = skuDays.computeIfAbsent(
                    new SkuDayKey(sale.storeId(), line.productId(), sale.businessDate()),
                    key -> new SkuDayDelta(sale.currency()));
            if (productsInSale.add(line.productId())) {
                day.transactions += sign;
            }
            day.units = day.units.add(units);
            day.netMinor = Math.addExact(day.netMinor, sign * (line.grossMinor() - line.discountMinor()));
            day.discountMinor = Math.addExact(day.discountMinor, sign * line.discountMinor());
            day.costMinor = Math.addExact(day.costMinor, sign * cost);
            day.shrank |= sign < 0;
        }
    }

    /** A refund lowers net in the store-local hour it happened in. */
    void addRefund(long storeId, ZoneId zone, Currency currency, Instant occurredAt, long amountMinor) {
        ZonedDateTime hour = occurredAt.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        HourDelta delta = hours.computeIfAbsent(new HourKey(storeId, hour.toInstant()),
                key -> new HourDelta(hour.toLocalDate(), currency));
        delta.refundMinor = Math.addExact(delta.refundMinor, amountMinor);
    }

    Map<HourKey, HourDelta> hours() {
        return Collections.unmodifiableMap(hours);
    }

    Map<SkuDayKey, SkuDayDelta> skuDays() {
        return Collections.unmodifiableMap(skuDays);
    }
}
