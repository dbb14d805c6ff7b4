package com.storedesk.pos.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One irregularity seeded into the demo chain, with the ground truth an anomaly detector should
 * find: where, when, who or what, and how strong.
 *
 * @param firstDayOffset first affected day relative to the last history day (0 = that day, -1 the day before)
 * @param employeeExternalId the employee involved, or null
 * @param employeeName their display name, or null
 * @param sku the product involved, or null
 * @param expectedEffect what the data shows, in words with the magnitudes
 */
public record DemoAnomaly(
        Kind kind,
        String storeCode,
        int firstDayOffset,
        int lastDayOffset,
        LocalDate firstDay,
        LocalDate lastDay,
        String employeeExternalId,
        String employeeName,
        String sku,
        String expectedEffect) {

    public enum Kind {
        /** A cashier who discounts far more often and far deeper than the store's other cashiers, every day. */
        DISCOUNT_HAPPY_CASHIER,
        /** One store-day with about ten times the usual refunds. */
        REFUND_SPIKE,
        /** A product at one store with nothing on hand and no sales for days, then a receipt. */
        STOCK_OUT,
        /** A door counter that reports nothing for an afternoon while sales go on. */
        TRAFFIC_SENSOR_DARK,
        /** A store-day whose sales fall far below what the day should bring. */
        LOW_SALES_DAY
    }

    public DemoAnomaly {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(storeCode, "storeCode");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(expectedEffect, "expectedEffect");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
