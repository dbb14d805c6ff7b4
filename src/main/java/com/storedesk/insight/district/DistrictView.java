package com.storedesk.insight.district;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The district on one calendar day (each store's own local day), as of {@code asOf}: a row per
 * store in rank order, and the stores whose rates stand out among them. {@code live} is true while
 * the day is running in at least one store.
 */
public record DistrictView(LocalDate date, Instant asOf, boolean live, List<DistrictRow> rows,
        List<StoreOutlier> outliers) {

    public DistrictView {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
        outliers = List.copyOf(outliers);
    }
}
