package com.storedesk.insight.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One tile: its value in {@link KpiName#unit()} (absent when it cannot be computed), the gap that
 * explains an absent or incomplete value, and its changes against the forecast and against the
 * same weekday last week as fractions (+0.05 is 5 % above), absent where there is nothing to
 * compare with.
 */
public record Kpi(KpiName name, BigDecimal value, KpiGap gap, Double vsForecast, Double vsLastWeek) {

    public Kpi {
        Objects.requireNonNull(name, "name");
        if (value == null && gap == null) {
            throw new IllegalArgumentException(name + ": a missing value needs a gap that explains it");
        }
    }

    static Kpi of(KpiName name, BigDecimal value) {
        return new Kpi(name, value, null, null, null);
    }

    static Kpi missing(KpiName name, KpiGap gap) {
        return new Kpi(name, null, gap, null, null);
    }

    public Optional<BigDecimal> optionalValue() {
        return Optional.ofNullable(value);
    }

    public Optional<KpiGap> optionalGap() {
        return Optional.ofNullable(gap);
    }

    Kpi compared(Double forecast, Double lastWeek) {
        return new Kpi(name, value, gap, forecast, lastWeek);
    }
}
