package com.storedesk.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedLeastSquaresTest {

    @Test
    void fitsALineAndKnowsEachRowsLeverage() {
        double[][] x = {{1, 0}, {1, 1}, {1, 2}, {1, 3}};
        double[] y = {1, 3, 5, 7.5};
        double[] w = {1, 1, 1, 1};

        WeightedLeastSquares fit = WeightedLeastSquares.fit(x, y, w).orElseThrow();

        assertThat(fit.coefficient(0)).isCloseTo(0.9, within(1e-9));
        assertThat(fit.coefficient(1)).isCloseTo(2.15, within(1e-9));
        double leverage = 0;
        for (int row = 0; row < x.length; row++) {
            leverage += fit.leverage(row);
        }
        assertThat(leverage).as("the leverages add up to the number of coefficients").isCloseTo(2, within(1e-9));
        assertThat(fit.effectiveRows()).isEqualTo(4);
    }

    @Test
    void refusesColumnsTheRowsCannotTellApart() {
        double[][] x = {{1, 2}, {2, 4}, {3, 6}};
        assertThat(WeightedLeastSquares.fit(x, new double[] {1, 2, 3}, new double[] {1, 1, 1})).isEmpty();
        assertThat(WeightedLeastSquares.fit(new double[][] {{1, 0}}, new double[] {1}, new double[] {1})).isEmpty();
    }

    @Test
    void aTrendTheNoiseExplainsIsShrunkToFlat() {
        assertThat(DailyLevel.shrunkTrend(0.01, 0.0001)).isZero();
        assertThat(DailyLevel.shrunkTrend(0.02, 0.0001)).isCloseTo(0.015, within(1e-12));
        assertThat(DailyLevel.shrunkTrend(0.05, 0.000001)).isCloseTo(0.05, within(1e-4));
    }
}
