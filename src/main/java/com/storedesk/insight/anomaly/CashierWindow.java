package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.CashierActivity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cashier's activity summed over the {@value #DAYS} days ending on the alert's date. Two weeks
 * hold every weekday twice and about ten shifts per cashier: enough sales for a rate to mean
 * something, short enough that a change of habit shows within days.
 */
record CashierWindow(long employeeId, String name, int transactions, int rungUp, int voidedSales,
        int discountedSales, long discountMinor) {

    static final int DAYS = 14;

    static List<CashierWindow> of(LocalDate date, List<CashierActivity> activity) {
        LocalDate first = date.minusDays(DAYS - 1L);
        Map<Long, CashierWindow> byEmployee = new LinkedHashMap<>();
        for (CashierActivity day : activity) {
            if (day.date().isBefore(first) || day.date().isAfter(date)) {
                continue;
            }
            byEmployee.merge(day.employeeId(), new CashierWindow(day.employeeId(), day.name(), day.transactions(),
                    day.rungUp(), day.voidedSales(), day.discountedSales(), day.discountMinor()), CashierWindow::plus);
        }
        return List.copyOf(byEmployee.values());
    }

    /** The days of the window that have data: fewer than {@value #DAYS} early in a history. */
    static int daysCovered(LocalDate date, List<CashierActivity> activity) {
        LocalDate first = date.minusDays(DAYS - 1L);
        LocalDate earliest = activity.stream().map(CashierActivity::date).filter(d -> !d.isBefore(first))
                .min(LocalDate::compareTo).orElse(date);
        return (int) ChronoUnit.DAYS.between(earliest, date) + 1;
    }

    private CashierWindow plus(CashierWindow other) {
        return new CashierWindow(employeeId, name, transactions + other.transactions, rungUp + other.rungUp,
                voidedSales + other.voidedSales, discountedSales + other.discountedSales,
                discountMinor + other.discountMinor);
    }
}
