package com.storedesk.data.facts;

import java.util.Objects;

/**
 * A store's sales per store-local date and hour, from {@code sales_by_store_hour}.
 *
 * @param netMinor net sales in minor units of the store's currency (refunds lower the hour they happened in)
 * @param transactions completed sales
 */
public record HourlySales(HourlyValues netMinor, HourlyValues transactions) {

    public HourlySales {
        Objects.requireNonNull(netMinor, "netMinor");
        Objects.requireNonNull(transactions, "transactions");
    }
}
