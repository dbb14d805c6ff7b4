package com.storedesk.insight.district;

import com.storedesk.data.StoreSummary;
import java.util.Objects;

/**
 * A store whose rate is an outlier among the district's stores on the day: its rate, the district
 * median, and the robust z-score that made it stand out (positive: higher than its peers).
 */
public record StoreOutlier(StoreSummary store, OutlierRate rate, double storeRate, double districtMedian, double z) {

    public StoreOutlier {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(rate, "rate");
    }
}
