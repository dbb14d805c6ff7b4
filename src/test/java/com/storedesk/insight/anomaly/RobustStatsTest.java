package com.storedesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobustStatsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(RobustStats.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(RobustStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(RobustStats.median(List.of(7, 7, 100))).isEqualTo(7);
        assertThat(RobustStats.median(new double[0])).isNaN();
    }

    @Test
    void madIgnoresAMinorityOfOutliers() {
        double[] clean = {10, 11, 9, 10, 12, 8, 10};
        double[] spoiled = {10, 11, 9, 10, 12, 8, 400};

        assertThat(RobustStats.mad(clean)).isEqualTo(1);
        assertThat(RobustStats.mad(spoiled)).isEqualTo(1);
        assertThat(RobustStats.robustSigma(spoiled)).isCloseTo(1.4826, within(1e-9));
    }

    @Test
    void modifiedZScoreUsesTheFloorWhenTheSpreadIsSmaller() {
        assertThat(RobustStats.z(14, 10, 1, 0)).isEqualTo(4);
        assertThat(RobustStats.z(14, 10, 1, 2)).isEqualTo(2);
        assertThat(RobustStats.z(14, 10, 0, 0)).isInfinite().isPositive();
        assertThat(RobustStats.z(10, 10, 0, 0)).isZero();
    }

    @Test
    void theCutOffIsIglewiczAndHoaglins() {
        // 3.5 robust standard deviations: normal data passes it about once in 4,300 values on the high side.
        assertThat(RobustStats.OUTLIER_Z).isEqualTo(3.5);
        assertThat(RobustStats.MAD_TO_SIGMA).isCloseTo(1 / 0.6744897501960817, within(1e-4));
    }

    @Test
    void binomialSpreadShrinksWithTheNumberOfTrials() {
        assertThat(RobustStats.binomialSigma(0.025, 400)).isCloseTo(Math.sqrt(0.025 * 0.975 / 400), within(1e-12));
        assertThat(RobustStats.binomialSigma(0.025, 0)).isInfinite();
    }

    @Test
    void poissonTailMatchesExactValues() {
        assertThat(RobustStats.poissonTailAtLeast(0, 3)).isEqualTo(1);
        assertThat(RobustStats.poissonTailAtLeast(1, 1)).isCloseTo(1 - Math.exp(-1), within(1e-12));
        assertThat(RobustStats.poissonTailAtLeast(10, 2)).isCloseTo(4.6498075017e-5, within(1e-12));
        assertThat(RobustStats.poissonTailAtLeast(150, 100)).isCloseTo(1.88421046604e-6, within(1e-14));
        assertThat(RobustStats.poissonTailAtLeast(80, 100)).isCloseTo(0.98254867748, within(1e-9));
        assertThat(RobustStats.poissonTailAtLeast(3, 0)).isZero();
    }
}
