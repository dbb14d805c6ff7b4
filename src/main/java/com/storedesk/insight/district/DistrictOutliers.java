package com.storedesk.insight.district;

import com.storedesk.data.StoreSummary;
import com.storedesk.insight.anomaly.RobustStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the stores whose rate stands above the district's on the day: a modified z-score of at
 * least {@link RobustStats#OUTLIER_Z} against the stores' median and MAD. A handful of stores make
 * a jumpy MAD (four stores that happen to agree give a spread near zero), so the spread is floored
 * at the binomial spread of a rate measured on the store's own number of sales: a store is not
 * flagged for a difference its sample size alone explains. Discount and refund rates are shares of
 * money, not of sales: baskets differ in size about as much as their mean, which doubles the
 * variance of such a share, so their floor is √2 times the binomial one (on the demo chain a store's
 * daily refund rate ranges from 0.2 % to 6 % with nothing wrong). Only the high side counts: a low
 * discount, refund or void rate is nothing to look into. Fewer than {@value #MIN_STORES} stores
 * with {@value #MIN_SALES} sales or more have no district to compare with.
 */
final class DistrictOutliers {

    static final int MIN_STORES = 3;
    static final long MIN_SALES = 20;
    /** How much wider a share of money spreads than a share of counts on the same number of sales. */
    static final double AMOUNT_SHARE_SPREAD = Math.sqrt(2);

    /** One store's rate on the day, measured on {@code sales} sales. */
    record Sample(StoreSummary store, double rate, long sales) {
        Sample {
            Objects.requireNonNull(store, "store");
        }
    }

    private DistrictOutliers() {
    }

    static List<StoreOutlier> find(OutlierRate kind, List<Sample> samples) {
        List<Sample> comparable = samples.stream()
                .filter(s -> s.sales() >= MIN_SALES && Double.isFinite(s.rate())).toList();
        if (comparable.size() < MIN_STORES) {
            return List.of();
        }
        double[] rates = comparable.stream().mapToDouble(Sample::rate).toArray();
        double median = RobustStats.median(rates);
        double sigma = RobustStats.robustSigma(rates);
        double spread = kind == OutlierRate.VOID ? 1 : AMOUNT_SHARE_SPREAD;
        List<StoreOutlier> outliers = new ArrayList<>();
        for (Sample sample : comparable) {
            // A median of zero (nobody voided) still needs a rate for the chance spread.
            double usual = Math.max(median, 1.0 / sample.sales());
            double z = RobustStats.z(sample.rate(), median, sigma, 
                    spread * RobustStats.binomialSigma(usual, sample.sales()));
            if (z >= RobustStats.OUTLIER_Z) {
                outliers.add(new StoreOutlier(sample.store(), kind, sample.rate(), median, z));
            }
        }
        return outliers;
    }
}
