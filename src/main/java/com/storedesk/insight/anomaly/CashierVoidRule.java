package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.CashierActivity;
import java.time.LocalDate;
import java.util.List;

/**
 * A cashier whose sales are voided far more often than their peers', over the last
 * {@value CashierWindow#DAYS} days: voided sales out of all the sales they rang up, whoever voided
 * them. See {@link PeerRates} for when a rate stands out.
 */
public final class CashierVoidRule {

    /** @param activity per employee and day, covering at least the window before and including the day */
    public List<Alert> check(StoreDay day, List<CashierActivity> activity) {
        LocalDate date = day.date();
        List<PeerRates.Rate> rates = CashierWindow.of(date, activity).stream()
                .map(w -> new PeerRates.Rate(w.employeeId(), w.name(), w.voidedSales(), w.rungUp()))
                .toList();
        int days = CashierWindow.daysCovered(date, activity);
        return PeerRates.outliers(rates).stream().map(outlier -> day.alert(AlertKind.CASHIER_VOIDS,
                outlier.severity(), AlertSubject.employee(outlier.rate().employeeId(), outlier.rate().name()),
                AlertFigure.share(outlier.rate().rate()),
                AlertFigure.share(outlier.peerMedian()),
                AlertFigure.count(outlier.rate().events()),
                AlertFigure.count(days))).toList();
    }
}
