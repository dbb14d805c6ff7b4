package com.storedesk.insight.anomaly;

import com.storedesk.data.facts.StoreRefundDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A day with far more refunds than the store's usual day: the day's count against the trading days
 * of the {@value #BASELINE_DAYS} days before it (see {@link CountSpike}). Today's refunds so far are
 * compared with whole usual days, so a spike shows as soon as it is one.
 */
public final class RefundSpikeRule {

    static final int BASELINE_DAYS = 28;
    /** Fewer trading days give no reliable usual count (and a new history has few refunds yet). */
    static final int MIN_BASELINE_DAYS = 14;

    /**
     * @param refunds the store's refunds per day, covering the baseline and the day
     * @param tradingDays the dates the store had sales, covering the baseline
     */
    public Optional<Alert> check(StoreDay day, List<StoreRefundDay> refunds, SortedSet<LocalDate> tradingDays) {
        LocalDate date = day.date();
        Map<LocalDate, StoreRefundDay> byDate = refunds.stream()
                .collect(Collectors.toMap(StoreRefundDay::date, Function.identity(), (a, b) -> a));
        double[] usual = tradingDays.subSet(date.minusDays(BASELINE_DAYS), date).stream()
                .mapToDouble(d -> byDate.containsKey(d) ? byDate.get(d).refunds() : 0).toArray();
        StoreRefundDay today = byDate.get(date);
        if (usual.length < MIN_BASELINE_DAYS || today == null) {
            return Optional.empty();
        }
        return CountSpike.check(today.refunds(), usual).map(severity -> day.alert(AlertKind.REFUND_SPIKE, severity,
                day.subject(),
                AlertFigure.count(today.refunds()),
                AlertFigure.money(day.money(today.refundMinor())),
                AlertFigure.quantity(CountSpike.usualCount(usual)),
                AlertFigure.count(usual.length)));
    }
}
