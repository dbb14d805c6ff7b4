package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.CashierActivity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cashier who gives discounts on far more of their sales than the store's other cashiers, over the
 * last {@value CashierWindow#DAYS} days. Only discounts the cashier applied count; automatic
 * promotions name nobody. See {@link PeerRates} for when a rate stands out.
 */
public final class CashierDiscountRule {

    /** @param activity per employee and day, covering at least the window before and including the day */
    public List<Alert> check(StoreDay day, List<CashierActivity> activity) {
        LocalDate date = day.date();
        Map<Long, CashierWindow> windows = CashierWindow.of(date, activity).stream()
                .collect(Collectors.toMap(CashierWindow::employeeId, Function.identity()));
        List<PeerRates.Rate> rates = windows.values().stream()
                .map(w -> new PeerRates.Rate(w.employeeId(), w.name(), w.discountedSales(), w.transactions()))
                .toList();
        int days = CashierWindow.daysCovered(date, activity);
        return PeerRates.outliers(rates).stream().map(outlier -> {
            CashierWindow cashier = windows.get(outlier.rate().employeeId());
            return day.alert(AlertKind.CASHIER_DISCOUNTS, outlier.severity(),
                    AlertSubject.employee(cashier.employeeId(), cashier.name()),
                    AlertFigure.share(outlier.rate().rate()),
                    AlertFigure.share(outlier.peerMedian()),
                    AlertFigure.count(cashier.discountedSales()),
                    AlertFigure.money(day.money(cashier.discountMinor())),
                    AlertFigure.count(days));
        }).toList();
    }
}
