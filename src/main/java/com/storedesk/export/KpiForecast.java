package com.storedesk.export;

import com.storedesk.insight.kpi.Kpi;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** The forecast a tile was compared with, recovered from its value and change: value ÷ (1 + change). */
final class KpiForecast {

    private KpiForecast() {
    }

    /** In the KPI's unit, rounded to a whole one; empty without a value or a forecast to compare with. */
    static Optional<BigDecimal> of(Kpi kpi) {
        if (kpi.value() == null || kpi.vsForecast() == null || kpi.vsForecast() <= -1) {
            return Optional.empty();
        }
        BigDecimal divisor = BigDecimal.ONE.add(BigDecimal.valueOf(kpi.vsForecast()));
        return Optional.of(kpi.value().divide(divisor, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP));
    }
}
