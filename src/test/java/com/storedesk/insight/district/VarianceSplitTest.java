package com.storedesk.insight.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class VarianceSplitTest {

    @Test
    void theIssuesExampleSplitsIntoTrafficConversionAndBasket() {
        // Traffic −4 %, conversion −9 %, basket +1 %: sales 0.96 × 0.91 × 1.01 − 1 = −11.8 %.
        double traffic = -0.04;
        double transactions = 0.96 * 0.91 - 1;
        double sales = 0.96 * 0.91 * 1.01 - 1;

        VarianceExplanation v = VarianceSplit.split(sales, transactions, OptionalDouble.of(traffic));

        assertThat(sales).isCloseTo(-0.12, within(0.005));
        assertThat(v.hasTraffic()).isTrue();
        assertThat(v.traffic().getAsDouble()).isCloseTo(-0.04, within(1e-12));
        assertThat(v.conversion().getAsDouble()).isCloseTo(-0.09, within(1e-12));
        assertThat(v.basket()).isCloseTo(0.01, within(1e-12));
        assertThat(v.transactions()).isCloseTo(transactions, within(1e-12));
    }

    @Test
    void thePartsMultiplyBackToTheSalesVarianceEvenForLargeMisses() {
        double[][] cases = {{-0.6, -0.55, -0.02}, {0.35, 0.1, 0.4}, {0.0, -0.1, 0.05}, {-0.2, 0.1, -0.3}};
        for (double[] c : cases) {
            VarianceExplanation v = VarianceSplit.split(c[0], c[1], OptionalDouble.of(c[2]));
            double product = (1 + v.traffic().getAsDouble()) * (1 + v.conversion().getAsDouble()) * (1 + v.basket()) - 1;
            assertThat(product).as("split of %s", java.util.Arrays.toString(c)).isCloseTo(c[0], within(1e-12));
            assertThat((1 + v.transactions()) * (1 + v.basket()) - 1).isCloseTo(c[0], within(1e-12));
        }
    }

    @Test
    void withoutDoorCountsSalesSplitIntoTransactionsAndBasket() {
        VarianceExplanation v = VarianceSplit.split(-0.12, -0.1, OptionalDouble.empty());

        assertThat(v.hasTraffic()).isFalse();
        assertThat(v.transactions()).isEqualTo(-0.1);
        assertThat(v.basket()).isCloseTo(0.88 / 0.9 - 1, within(1e-12));
        assertThat((1 + v.transactions()) * (1 + v.basket()) - 1).isCloseTo(-0.12, within(1e-12));
    }

    @Test
    void noVisitorsOrNoSalesAtAllNeverDivideByZero() {
        VarianceExplanation noVisitors = VarianceSplit.split(-0.5, -0.5, OptionalDouble.of(-1));
        assertThat(noVisitors.hasTraffic()).isFalse();
        assertThat(noVisitors.basket()).isCloseTo(0, within(1e-12));

        VarianceExplanation noSales = VarianceSplit.split(-1, -1, OptionalDouble.of(-0.1));
        assertThat(noSales.hasTraffic()).isFalse();
        assertThat(noSales.transactions()).isEqualTo(-1);
        assertThat(noSales.basket()).isZero();
    }
}
