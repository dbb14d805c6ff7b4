package com.storedesk.insight.dashboard;

import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.ProductDaySales;
import com.storedesk.data.facts.RecentSale;
import com.storedesk.insight.anomaly.Alert;
import com.storedesk.insight.forecast.DayForecast;
import com.storedesk.insight.kpi.StoreDayKpis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * One store-day as its dashboard shows it, as of {@code asOf}. {@code live} is true for the store's
 * today, whose figures run up to {@code asOf}; {@code currentHour} is the store-local hour running
 * then (empty for a past day). {@code forecasts} holds the day's forecast of net sales,
 * transactions and traffic, in that order; {@code alerts} the most urgent first.
 */
public record StoreDashboard(StoreSummary store, LocalDate date, Instant asOf, boolean live, StoreDayKpis kpis,
        List<DayForecast> forecasts, List<HourBar> hours, OptionalInt currentHour, List<ProductDaySales> topProducts,
        List<ProductDaySales> bottomProducts, List<RecentSale> latestSales, List<Alert> alerts) {

    public StoreDashboard {
        forecasts = List.copyOf(forecasts);
        hours = List.copyOf(hours);
        topProducts = List.copyOf(topProducts);
        bottomProducts = List.copyOf(bottomProducts);
        latestSales = List.copyOf(latestSales);
        alerts = List.copyOf(alerts);
    }
}
