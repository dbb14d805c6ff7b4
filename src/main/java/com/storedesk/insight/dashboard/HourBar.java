package com.storedesk.insight.dashboard;

import com.storedesk.insight.forecast.ForecastBand;

/**
 * One store-local hour of the chart: net sales so far (minor units) and the forecast for the
 * hour, null where the forecast expects the store to be closed.
 */
public record HourBar(int hour, long netMinor, ForecastBand forecast) {
}
