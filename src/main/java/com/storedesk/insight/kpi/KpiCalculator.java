package com.storedesk.insight.kpi;

import static com.storedesk.insight.kpi.KpiName.AOV;
import static com.storedesk.insight.kpi.KpiName.CONVERSION;
import static com.storedesk.insight.kpi.KpiName.DISCOUNT_RATE;
import static com.storedesk.insight.kpi.KpiName.NET_SALES;
import static com.storedesk.insight.kpi.KpiName.REFUND_RATE;
import static com.storedesk.insight.kpi.KpiName.SALES_PER_LABOR_HOUR;
import static com.storedesk.insight.kpi.KpiName.TRAFFIC_IN;
import static com.storedesk.insight.kpi.KpiName.TRANSACTIONS;
import static com.storedesk.insight.kpi.KpiName.UNITS_PER_TRANSACTION;

import com.storedesk.data.facts.HourSales;
import com.storedesk.data.facts.TrafficInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a store-day's facts into its tiles. Definitions (the same for the screen, the CLI and
 * exports):
 * <ul>
 * <li>net sales: the rollup's net (lines less discounts, less refunds made that day);
 * <li>transactions: completed sales; AOV: (gross - discounts) / transactions, refunds left out
 *     because they belong to earlier baskets; units per transaction: units / transactions;
 * <li>traffic in: visitors counted in; conversion: transactions / traffic in;
 * <li>discount rate: discounts / gross; refund rate: refunds / (gross - discounts);
 * <li>sales per labor hour: net sales / hours clocked (running shifts up to the moment).
 * </ul>
 * A figure with nothing to divide by is missing with its {@link KpiGap}, never shown as 0.
 */
public final class KpiCalculator {

    private static final int RATIO_SCALE = 4;

    private KpiCalculator() {
    }

    /** The tiles for {@code facts}, with labor counted up to {@code laborUntil}. */
    public static StoreDayKpis compute(StoreDayFacts facts, Instant laborUntil) {
        long transactions = 0;
        BigDecimal units = BigDecimal.ZERO;
        long gross = 0;
        long discount = 0;
        long refund = 0;
        long net = 0;
        for (HourSales hour : facts.hours()) {
            transactions += hour.transactions();
            units = units.add(hour.units());
            gross += hour.grossMinor();
            discount += hour.discountMinor();
            refund += hour.refundMinor();
            net += hour.netMinor();
        }
        List<Instant> darkHours = darkHours(facts);
        long visitors = facts.traffic().stream().mapToLong(TrafficInterval::visitorsIn).sum();
        Duration labor = facts.laborUntil(laborUntil);

        List<Kpi> kpis = new ArrayList<>();
        kpis.add(Kpi.of(NET_SALES, BigDecimal.valueOf(net)));
        kpis.add(Kpi.of(TRANSACTIONS, BigDecimal.valueOf(transactions)));
        kpis.add(transactions == 0 ? Kpi.missing(AOV, KpiGap.NO_SALES)
                : Kpi.of(AOV, divide(gross - discount, transactions, 0)));
        kpis.add(transactions == 0 ? Kpi.missing(UNITS_PER_TRANSACTION, KpiGap.NO_SALES)
                : Kpi.of(UNITS_PER_TRANSACTION, units.divide(BigDecimal.valueOf(transactions), 2,
                        RoundingMode.HALF_EVEN)));
        if (facts.traffic().isEmpty()) {
            kpis.add(Kpi.missing(TRAFFIC_IN, KpiGap.NO_TRAFFIC_DATA));
            kpis.add(Kpi.missing(CONVERSION, KpiGap.NO_TRAFFIC_DATA));
        } else if (!darkHours.isEmpty()) {
            kpis.add(new Kpi(TRAFFIC_IN, BigDecimal.valueOf(visitors), KpiGap.SENSOR_DARK, null, null));
            kpis.add(Kpi.missing(CONVERSION, KpiGap.SENSOR_DARK));
        } else {
            kpis.add(Kpi.of(TRAFFIC_IN, BigDecimal.valueOf(visitors)));
            kpis.add(visitors == 0 ? Kpi.missing(CONVERSION, KpiGap.NO_SALES)
                    : Kpi.of(CONVERSION, divide(transactions, visitors, RATIO_SCALE)));
        }
        kpis.add(gross == 0 ? Kpi.missing(DISCOUNT_RATE, KpiGap.NO_SALES)
                : Kpi.of(DISCOUNT_RATE, divide(discount, gross, RATIO_SCALE)));
        kpis.add(gross - discount <= 0 ? Kpi.missing(REFUND_RATE, KpiGap.NO_SALES)
                : Kpi.of(REFUND_RATE, divide(refund, gross - discount, RATIO_SCALE)));
        kpis.add(labor.isZero() ? Kpi.missing(SALES_PER_LABOR_HOUR, KpiGap.NO_SHIFTS)
                : Kpi.of(SALES_PER_LABOR_HOUR, BigDecimal.valueOf(net).multiply(BigDecimal.valueOf(3600))
                        .divide(BigDecimal.valueOf(labor.getSeconds()), 0, RoundingMode.HALF_EVEN)));
        return new StoreDayKpis(kpis, darkHours);
    }

    /**
     * Hours with sales but no one counted in: the counter was down, since nobody pays without
     * coming in. A store with no counter at all has no dark hours, it has no traffic data.
     */
    static List<Instant> darkHours(StoreDayFacts facts) {
        List<Instant> dark = new ArrayList<>();
        if (facts.traffic().isEmpty()) {
            return dark;
        }
        for (HourSales hour : facts.hours()) {
            if (hour.transactions() == 0) {
                continue;
            }
            Instant end = hour.hourStart().plusSeconds(3600);
            long counted = facts.traffic().stream()
                    .filter(i -> !i.start().isBefore(hour.hourStart()) && i.start().isBefore(end))
                    .mapToLong(TrafficInterval::visitorsIn).sum();
            if (counted == 0) {
                dark.add(hour.hourStart());
            }
        }
        return dark;
    }

    private static BigDecimal divide(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
    }
}
