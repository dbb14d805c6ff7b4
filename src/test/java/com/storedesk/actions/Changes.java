package com.storedesk.actions;

import static com.storedesk.actions.ActionsDatabase.USD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Changes of every type, sized by what the policy compares. */
public final class Changes {

    private Changes() {
    }

    public static ActionChange.SaleDiscount discount(String percent) {
        return new ActionChange.SaleDiscount(null, 7, "GIF-0003", "Notebook", new BigDecimal(percent), 2_000, USD);
    }

    public static ActionChange.Markdown markdown(long fromMinor, long toMinor) {
        return new ActionChange.Markdown(8, "CHE-0002", "Aged Gouda", fromMinor, toMinor, USD,
                LocalDate.of(2026, 11, 25));
    }

    public static ActionChange.PriceChange priceChange(long fromMinor, long toMinor) {
        return new ActionChange.PriceChange(9, "KIT-0004", "Dutch Oven", fromMinor, toMinor, USD);
    }

    /** One line of {@code quantity} at {@code unitCostMinor}. */
    public static ActionChange.PurchaseOrderDraft order(long quantity, long unitCostMinor) {
        return new ActionChange.PurchaseOrderDraft("Distribution centre",
                List.of(new ActionChange.OrderLine(10, "COF-0012", "House Blend", BigDecimal.valueOf(quantity),
                        unitCostMinor)), USD);
    }

    /** A loss of {@code lost} units worth {@code unitValueMinor} each. */
    public static ActionChange.StockAdjustment adjustment(long lost, long unitValueMinor) {
        return new ActionChange.StockAdjustment(11, "WIN-0001", "Reserve Cabernet", BigDecimal.valueOf(20),
                BigDecimal.valueOf(20 - lost), unitValueMinor, USD, ActionChange.AdjustmentReason.SHRINK);
    }
}
