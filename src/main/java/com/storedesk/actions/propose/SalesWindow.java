package com.storedesk.actions.propose;

import com.storedesk.actions.Evidence;
import com.storedesk.data.facts.SkuDaySales;
import com.storedesk.data.facts.StockFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A product's sales over the whole days before a moment ({@code days} of them, ending yesterday
 * store-local, so today's half day does not lower the rate): units sold, the daily rate, and the
 * daily series for the evidence chart.
 */
record SalesWindow(LocalDate first, LocalDate last) {

    static SalesWindow before(LocalDate today, int days) {
        return new SalesWindow(today.minusDays(days), today.minusDays(1));
    }

    int days() {
        return (int) (last.toEpochDay() - first.toEpochDay() + 1);
    }

    BigDecimal units(StockFacts product) {
        return product.sales().stream().filter(day -> within(day.date())).map(SkuDaySales::units)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Units a day, four decimals. */
    BigDecimal rate(StockFacts product) {
        return units(product).divide(BigDecimal.valueOf(days()), 4, RoundingMode.HALF_UP);
    }

    /** Units sold each day of the window, zero on days without a sale. */
    List<Evidence.Point> series(StockFacts product) {
        Map<LocalDate, SkuDaySales> byDate = product.sales().stream()
                .collect(Collectors.toMap(SkuDaySales::date, Function.identity(), (a, b) -> a));
        List<Evidence.Point> points = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            SkuDaySales day = byDate.get(date);
            points.add(new Evidence.Point(date, day == null ? BigDecimal.ZERO : day.units()));
        }
        return points;
    }

    private boolean within(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
