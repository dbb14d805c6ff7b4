package com.storedesk.insight.district;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.StoreSummary;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictOutliersTest {

    @Test
    void aStoreRefundingTenTimesAsMuchAsItsPeersStandsOut() {
        List<DistrictOutliers.Sample> samples = samples(new double[] {0.021, 0.018, 0.024, 0.21}, 350);

        List<StoreOutlier> outliers = DistrictOutliers.find(OutlierRate.REFUND, samples);

        assertThat(outliers).singleElement().satisfies(o -> {
            assertThat(o.store().code()).isEqualTo("S4");
            assertThat(o.rate()).isEqualTo(OutlierRate.REFUND);
            assertThat(o.storeRate()).isEqualTo(0.21);
            assertThat(o.districtMedian()).isEqualTo((0.021 + 0.024) / 2);
            assertThat(o.z()).isGreaterThan(10);
        });
    }

    @Test
    void storesThatHappenToAgreeDoNotTurnASmallDifferenceIntoAnOutlier() {
        // Three stores within a hair of each other make a MAD near zero; the fourth is only a little higher.
        List<DistrictOutliers.Sample> samples = samples(new double[] {0.0200, 0.0201, 0.0202, 0.028}, 300);

        assertThat(DistrictOutliers.find(OutlierRate.DISCOUNT, samples)).isEmpty();
        assertThat(DistrictOutliers.find(OutlierRate.DISCOUNT, samples(new double[] {0.0200, 0.0201, 0.0202, 0.08},
                300))).extracting(o -> o.store().code()).containsExactly("S4");
    }

    @Test
    void aNormalSpreadIsNotFlagged() {
        List<DistrictOutliers.Sample> samples = samples(new double[] {0.012, 0.025, 0.019, 0.031, 0.008, 0.022}, 250);

        assertThat(DistrictOutliers.find(OutlierRate.REFUND, samples)).isEmpty();
    }

    @Test
    void onlyTheHighSideCounts() {
        List<DistrictOutliers.Sample> samples = samples(new double[] {0.005, 0.005, 0.006, 0.0}, 400);

        assertThat(DistrictOutliers.find(OutlierRate.VOID, samples)).isEmpty();
    }

    @Test
    void voidsAreCountsAndGetTheNarrowerFloor() {
        // 2 % voided on 400 sales against 0.5 %: beyond chance for a count, not for a share of money.
        List<DistrictOutliers.Sample> samples = samples(new double[] {0.005, 0.0045, 0.0055, 0.02}, 400);

        assertThat(DistrictOutliers.find(OutlierRate.VOID, samples)).extracting(o -> o.store().code())
                .containsExactly("S4");
        assertThat(DistrictOutliers.find(OutlierRate.DISCOUNT, samples)).isEmpty();
    }

    @Test
    void oneOrTwoStoresHaveNoDistrictToCompareWith() {
        assertThat(DistrictOutliers.find(OutlierRate.REFUND, samples(new double[] {0.21}, 350))).isEmpty();
        assertThat(DistrictOutliers.find(OutlierRate.REFUND, samples(new double[] {0.02, 0.21}, 350))).isEmpty();
        assertThat(DistrictOutliers.find(OutlierRate.REFUND, List.of())).isEmpty();
    }

    @Test
    void storesWithTooFewSalesSitOut() {
        List<DistrictOutliers.Sample> samples = new ArrayList<>(samples(new double[] {0.02, 0.021, 0.019}, 300));
        samples.add(new DistrictOutliers.Sample(store(9), 0.5, DistrictOutliers.MIN_SALES - 1));

        assertThat(DistrictOutliers.find(OutlierRate.REFUND, samples)).isEmpty();
    }

    private static List<DistrictOutliers.Sample> samples(double[] rates, long sales) {
        List<DistrictOutliers.Sample> samples = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            samples.add(new DistrictOutliers.Sample(store(i + 1), rates[i], sales));
        }
        return samples;
    }

    static StoreSummary store(int n) {
        return new StoreSummary(n, "demo", "store-" + n, "S" + n, "Store " + n, ZoneId.of("America/New_York"),
                Currency.getInstance("USD"));
    }
}
