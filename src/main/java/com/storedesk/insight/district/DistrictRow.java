package com.storedesk.insight.district;

import com.storedesk.data.StoreSummary;
import com.storedesk.insight.kpi.Kpi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One store's line. The four tiles are the store dashboard's own (value, gap and changes), so both
 * screens show the same numbers. {@code lastDays} holds the net sales of the 14 days ending on the
 * view's date, oldest first. {@code rank} is 1 for the store furthest above its forecast (stores
 * without a forecast rank last, by net sales). {@code variance} is absent when the store has no
 * forecast for the day.
 */
public record DistrictRow(StoreSummary store, Kpi netSales, Kpi transactions, Kpi conversion, Kpi averageOrder,
        List<DailyNet> lastDays, int rank, int alertCount, Optional<VarianceExplanation> variance) {

    /** Days in the sparkline. */
    public static final int SPARKLINE_DAYS = 14;

    public DistrictRow {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(netSales, "netSales");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(averageOrder, "averageOrder");
        lastDays = List.copyOf(lastDays);
        Objects.requireNonNull(variance, "variance");
    }
}
