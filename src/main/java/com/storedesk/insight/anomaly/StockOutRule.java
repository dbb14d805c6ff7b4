package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.SkuDaySales;
import com.storedesk.data.facts.StockFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A product that normally sells every day and has not sold: most likely out of stock or missing from
 * the shelf. Stock levels alone cannot say so for past days (only the latest count is kept, and
 * sales do not lower it), so silence is the main evidence, weighed by how unlikely it is.
 *
 * <p>Only products that matter and normally sell are watched, over the store's trading days in the
 * {@value #BASELINE_DAYS} days before:
 * <ul>
 *   <li>the store's A items: its best sellers by net sales that together make up the first
 *       {@value #A_ITEMS_SHARE_PERCENT} % of its sales (ABC analysis). A gap in a slow or cheap line
 *       is for the inventory screen, not for an alert;</li>
 *   <li>with a median of at least {@value #MIN_DAILY_SALES} sales a day containing them: a day without
 *       a sale then has a chance of e^-5, under 1 %, if nothing is wrong.</li>
 * </ul>
 * Such a product alerts when it has had no sale on the day (so far, today) and either
 * <ul>
 *   <li>also none on the trading day before: two silent days in a row are a stock-out, not chance; or</li>
 *   <li>a count says the shelf is empty: the latest stock level, counted during the silence with no
 *       goods in since, is zero or less; or a physical count during the silence corrected the stock
 *       down, with no goods in since.</li>
 * </ul>
 * A single silent day without a count is left alone: products that sell out late in the day and
 * are restocked the next morning would otherwise alert every week.
 */
public final class StockOutRule {

    static final int BASELINE_DAYS = 28;
    static final int MIN_BASELINE_DAYS = 7;
    static final int A_ITEMS_SHARE_PERCENT = 50;
    static final double MIN_DAILY_SALES = 5;
    /** Trading days without a sale from which the alert is critical. */
    static final int CRITICAL_DAYS = 3;

    /**
     * @param tradingDays the dates the store had sales, covering the baseline and, once it has traded, the day
     * @param products the store's stocked products with their sales, covering the baseline and the day
     */
    public List<Alert> check(StoreDay day, NavigableSet<LocalDate> tradingDays, List<StockFacts> products) {
        LocalDate date = day.date();
        List<LocalDate> baseline = List.copyOf(tradingDays.subSet(date.minusDays(BASELINE_DAYS), date));
        if (baseline.size() < MIN_BASELINE_DAYS) {
            return List.of();
        }
        // The day counts once the store has traded on it: before opening, or on a closed day, silence is no news.
        List<LocalDate> days = new ArrayList<>(baseline);
        if (tradingDays.contains(date)) {
            days.add(date);
        }
        Set<Long> aItems = aItems(products, baseline.get(0), date);
        List<Alert> alerts = new ArrayList<>();
        for (StockFacts product : products) {
            if (!aItems.contains(product.productId())) {
                continue;
            }
            Map<LocalDate, SkuDaySales> sales = product.sales().stream()
                    .collect(Collectors.toMap(SkuDaySales::date, Function.identity(), (a, b) -> a));
            if (RobustStats.median(baseline.stream().mapToDouble(d -> transactions(sales, d)).toArray())
                    < MIN_DAILY_SALES) {
                continue;
            }
            int silentDays = 0;
            while (silentDays < days.size() && transactions(sales, days.get(days.size() - 1 - silentDays)) == 0) {
                silentDays++;
            }
            LocalDate lastSaleDay = silentDays < days.size() ? days.get(days.size() - 1 - silentDays) : null;
            if (silentDays == 0 || silentDays < 2 && !countedEmpty(product, day, lastSaleDay)) {
                continue;
            }
            double usualUnits = RobustStats.median(baseline.stream()
                    .mapToDouble(d -> sales.containsKey(d) ? sales.get(d).units().doubleValue() : 0).toArray());
            double usualNet = RobustStats.median(baseline.stream()
                    .mapToDouble(d -> sales.containsKey(d) ? sales.get(d).netMinor() : 0).toArray());
            Severity severity = silentDays >= CRITICAL_DAYS ? Severity.CRITICAL : Severity.WARNING;
            alerts.add(day.alert(AlertKind.STOCK_OUT, severity, AlertSubject.product(product.sku(), product.name()),
                    AlertFigure.quantity(usualUnits),
                    AlertFigure.count(silentDays),
                    AlertFigure.money(day.money(usualNet))));
        }
        return alerts;
    }

    /** The best sellers by net sales from {@code first} until before {@code date} that make up the first half of it. */
    static Set<Long> aItems(List<StockFacts> products, LocalDate first, LocalDate date) {
        record ProductNet(long productId, long net) {
        }
        List<ProductNet> byNet = new ArrayList<>();
        long total = 0;
        for (StockFacts product : products) {
            long net = product.sales().stream().filter(d -> !d.date().isBefore(first) && d.date().isBefore(date))
                    .mapToLong(SkuDaySales::netMinor).sum();
            byNet.add(new ProductNet(product.productId(), net));
            total += net;
        }
        byNet.sort(Comparator.comparingLong(ProductNet::net).reversed().thenComparingLong(ProductNet::productId));
        Set<Long> aItems = new HashSet<>();
        long sum = 0;
        for (ProductNet product : byNet) {
            if (sum * 100 >= total * A_ITEMS_SHARE_PERCENT || product.net() <= 0) {
                break;
            }
            aItems.add(product.productId());
            sum += product.net();
        }
        return aItems;
    }

    /**
     * Whether a count made during the silence, with nothing received since, says the shelf is empty.
     *
     * @param lastSaleDay the last trading day with a sale before the silence (a count that day may follow its
     *     last sale), or null when the silence is as long as the baseline
     */
    private static boolean countedEmpty(StockFacts product, StoreDay day, LocalDate lastSaleDay) {
        Instant from = (lastSaleDay == null ? day.date() : lastSaleDay).atStartOfDay(day.store().timeZone())
                .toInstant();
        Instant until = day.reached();
        boolean levelEmpty = product.countedAt() != null && product.onHand().signum() <= 0
                && during(product.countedAt(), from, until) && nothingInSince(product, product.countedAt());
        boolean countedDown = product.lastCountAt() != null && product.lastCountDelta().compareTo(BigDecimal.ZERO) < 0
                && during(product.lastCountAt(), from, until) && nothingInSince(product, product.lastCountAt());
        return levelEmpty || countedDown;
    }

    private static int transactions(Map<LocalDate, SkuDaySales> sales, LocalDate date) {
        SkuDaySales day = sales.get(date);
        return day == null ? 0 : day.transactions();
    }

    private static boolean during(Instant at, Instant from, Instant until) {
        return !at.isBefore(from) && !at.isAfter(until);
    }

    private static boolean nothingInSince(StockFacts product, Instant at) {
        return product.lastIncomingAt() == null || product.lastIncomingAt().isBefore(at);
    }
}
