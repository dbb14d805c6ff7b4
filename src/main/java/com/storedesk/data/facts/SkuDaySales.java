package com.storedesk.data.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One product's completed sales at one store on one business date, from {@code sales_by_sku_day}.
 *
 * @param transactions sales containing the product
 */
public record SkuDaySales(LocalDate date, int transactions, BigDecimal units, long netMinor) {

    public SkuDaySales {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(units, "units");
    }
}
