package com.storedesk.data.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one employee did at one store on one business date: sales rung up, discounts they applied
 * themselves (automatic promotions name nobody and are not counted), sales of theirs that were
 * voided, and refunds they processed. A supervisor who only refunds has zero transactions.
 *
 * @param transactions completed sales rung up by the employee
 * @param grossMinor list price times quantity of those sales, before discounts
 * @param voidedSales sales rung up by the employee that were voided (by whoever voided them)
 * @param discountedSales completed sales carrying at least one discount the employee applied
 * @param discountMinor the amount of the discounts the employee applied on completed sales
 * @param refunds refunds the employee processed
 * @param refundMinor their amount
 */
public record CashierActivity(long employeeId, String name, LocalDate date, int transactions, long grossMinor,
        int voidedSales, int discountedSales, long discountMinor, int refunds, long refundMinor) {

    public CashierActivity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
    }

    /** Completed and voided sales together: what the employee rang up. */
    public int rungUp() {
        return transactions + voidedSales;
    }

    CashierActivity plus(CashierActivity other) {
        return new CashierActivity(employeeId, name, date, transactions + other.transactions,
                grossMinor + other.grossMinor, voidedSales + other.voidedSales,
                discountedSales + other.discountedSales, discountMinor + other.discountMinor,
                refunds + other.refunds, refundMinor + other.refundMinor);
    }
}
