package com.storedesk.insight.forecast;

/** What a forecast predicts, per store-local hour or day. */
public enum ForecastMetric {
    /** Net sales in minor units (sales_by_store_hour.net_minor). */
    NET_SALES,
    /** Completed sales (sales_by_store_hour.transactions). */
    TRANSACTIONS,
    /** Visitors in, from the traffic counters. */
    TRAFFIC_IN
}
