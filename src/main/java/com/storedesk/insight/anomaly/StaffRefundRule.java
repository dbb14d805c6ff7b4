package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.StaffRefundDay;
import java.time.LocalDate;
import java.util.List;

/**
 * One person processing far more refunds in a day than staff at this store usually do: their count
 * against every day someone processed refunds here in the {@value #BASELINE_DAYS} days before (see
 * {@link CountSpike}). Refunds are compared per day, not as a share of sales, because the people who
 * process them (supervisors, managers) often ring up no sales at all.
 */
public final class StaffRefundRule {

    static final int BASELINE_DAYS = 28;
    /** Days with refunds in the baseline; fewer give no reliable usual count. */
    static final int MIN_BASELINE_DAYS = 14;

    /** @param refunds per employee and day, covering the baseline and the day */
    public List<Alert> check(StoreDay day, List<StaffRefundDay> refunds) {
        LocalDate date = day.date();
        LocalDate first = date.minusDays(BASELINE_DAYS);
        List<StaffRefundDay> baseline = refunds.stream()
                .filter(r -> r.refunds() > 0 && !r.date().isBefore(first) && r.date().isBefore(date))
                .toList();
        long days = baseline.stream().map(StaffRefundDay::date).distinct().count();
        if (days < MIN_BASELINE_DAYS) {
            return List.of();
        }
        double[] usual = baseline.stream().mapToDouble(StaffRefundDay::refunds).toArray();
        return refunds.stream()
                .filter(r -> r.date().equals(date) && r.refunds() > 0)
                .flatMap(r -> CountSpike.check(r.refunds(), usual).stream().map(severity -> day.alert(
                        AlertKind.STAFF_REFUNDS, severity, AlertSubject.employee(r.employeeId(), r.name()),
                        AlertFigure.count(r.refunds()),
                        AlertFigure.money(day.money(r.refundMinor())),
                        AlertFigure.quantity(CountSpike.usualCount(usual)),
                        AlertFigure.count(days))))
                .toList();
    }
}
