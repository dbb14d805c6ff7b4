package com.storedesk.insight.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the comparisons to a day's tiles. Against last week: a relative change for amounts and
 * counts, a difference in points for rates (a discount rate going from 2 % to 3 % is "+1 pt", not
 * "+50 %"). Against the forecast: net sales, transactions, traffic and conversion (in points), the
 * figures it predicts. Nothing is compared with a missing or incomplete figure.
 */
public final class KpiComparisons {

    private KpiComparisons() {
    }

    public static StoreDayKpis compare(StoreDayKpis actual, StoreDayKpis lastWeek, ExpectedSoFar expected) {
        List<Kpi> compared = new ArrayList<>();
        for (Kpi kpi : actual.kpis()) {
            compared.add(kpi.compared(vsForecast(kpi, expected), vsLastWeek(kpi, lastWeek.get(kpi.name()))));
        }
        return new StoreDayKpis(compared, actual.darkHours());
    }

    private static Double vsLastWeek(Kpi now, Kpi then) {
        if (!complete(now) || !complete(then)) {
            return null;
        }
        if (now.name().unit() == KpiUnit.PERCENT) {
            return now.value().subtract(then.value()).doubleValue();
        }
        return then.value().signum() == 0 ? null : change(now.value().doubleValue(), then.value().doubleValue());
    }

    private static Double vsForecast(Kpi kpi, ExpectedSoFar expected) {
        if (!complete(kpi)) {
            return null;
        }
        double value = kpi.value().doubleValue();
        return switch (kpi.name()) {
            case NET_SALES -> change(value, expected.netSales());
            case TRANSACTIONS -> change(value, expected.transactions());
            case TRAFFIC_IN -> change(value, expected.trafficIn());
            case CONVERSION -> points(value, expected.transactions() / expected.trafficIn());
            default -> null;
        };
    }

    private static Double change(double actual, double expected) {
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected <= 0) {
            return null;
        }
        return actual / expected - 1;
    }

    private static Double points(double actual, double expected) {
        return Double.isNaN(expected) || Double.isInfinite(expected) ? null : actual - expected;
    }

    private static boolean complete(Kpi kpi) {
        return kpi.value() != null && kpi.gap() == null;
    }
}
