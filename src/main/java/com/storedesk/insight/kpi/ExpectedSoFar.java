package com.storedesk.insight.kpi;

/**
 * What the forecast expected by the moment the tiles describe (the whole day for a past day).
 * {@code trafficIn} is NaN when the store has no traffic forecast.
 */
public record ExpectedSoFar(double netSales, double transactions, double trafficIn) {

    public static final ExpectedSoFar NONE = new ExpectedSoFar(Double.NaN, Double.NaN, Double.NaN);
}
