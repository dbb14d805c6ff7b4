package com.storedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshTimingsTest {

    @Test
    void nearestRankPercentiles() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RefreshTimings.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(RefreshTimings.percentile(sorted, 0.95)).isEqualTo(10);
        assertThat(RefreshTimings.percentile(new double[] {7}, 0.95)).isEqualTo(7);
    }

    @Test
    void runsTheWorkOnceColdThenWarmUpThenTimed() {
        AtomicInteger calls = new AtomicInteger();
        RefreshTimings timings = RefreshTimings.measure(calls::incrementAndGet, 3, 5);

        assertThat(calls).hasValue(1 + 3 + 5);
        assertThat(timings.runs()).isEqualTo(5);
        assertThat(timings.p95Millis()).isGreaterThanOrEqualTo(timings.medianMillis());
        assertThatThrownBy(() -> RefreshTimings.measure(calls::incrementAndGet, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
