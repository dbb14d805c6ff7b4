package com.storedesk.data.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One store-local hour of a store's sales, from {@code sales_by_store_hour}: completed sales and net
 * sales (after discounts and the refunds that happened in the hour).
 *
 * @param hour the store-local hour of day, 0-23
 */
public record TradingHour(LocalDate date, int hour, int transactions, long netMinor) {

    public TradingHour {
        Objects.requireNonNull(date, "date");
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be 0-23: " + hour);
        }
    }
}
