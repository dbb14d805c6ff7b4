package com.storedesk.actions.policy;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy rule compares with its threshold. Amounts are in whole units of the store's currency
 * (a threshold of 5000 is 5,000 dollars in a dollar store, 5,000 euros in a euro store: no conversion).
 */
public enum Measure {
    /** A discount's or markdown's depth, or a price change's size either way, in percent. */
    PERCENT,
    /** The product's price (for a price change, the higher of the old and the new). */
    UNIT_PRICE,
    /** A purchase order's total, a stock adjustment's value (a loss or a gain alike), a discount per unit. */
    AMOUNT,
    /** Every one: a help request counts 1, so a rule "over 0" sends each to a person. */
    EVERY;

    /** The measures that mean something for a type. */
    public static Set<Measure> forType(ActionType type) {
        return switch (type) {
            case SALE_DISCOUNT -> EnumSet.of(PERCENT, UNIT_PRICE, AMOUNT);
            case MARKDOWN, PRICE_CHANGE -> EnumSet.of(PERCENT, UNIT_PRICE);
            case PURCHASE_ORDER, STOCK_ADJUSTMENT -> EnumSet.of(AMOUNT);
            case ASSISTANCE -> EnumSet.of(EVERY);
        };
    }

    /** This measure of a change; empty when it does not apply to the change's type. */
    public Optional<BigDecimal> of(ActionChange change) {
        if (!forType(change.type()).contains(this)) {
            return Optional.empty();
        }
        if (this == EVERY) {
            return Optional.of(BigDecimal.ONE);
        }
        if (change instanceof ActionChange.SaleDiscount discount) {
            return Optional.of(switch (this) {
                case PERCENT -> discount.percent();
                case UNIT_PRICE -> major(discount.unitPriceMinor(), discount.currency());
                case AMOUNT -> major(discount.amountMinor(), discount.currency());
                case EVERY -> BigDecimal.ONE; // answered above; a switch over every measure must name it
            });
        }
        if (change instanceof ActionChange.Markdown markdown) {
            return Optional.of(this == PERCENT ? markdown.percentOff()
                    : major(markdown.fromPriceMinor(), markdown.currency()));
        }
        if (change instanceof ActionChange.PriceChange price) {
            return Optional.of(this == PERCENT ? price.percentChange().abs()
                    : major(Math.max(price.fromPriceMinor(), price.toPriceMinor()), price.currency()));
        }
        if (change instanceof ActionChange.PurchaseOrderDraft order) {
            return Optional.of(major(order.totalMinor(), order.currency()));
        }
        ActionChange.StockAdjustment adjustment = (ActionChange.StockAdjustment) change;
        return Optional.of(major(Math.abs(adjustment.valueMinor()), adjustment.currency()));
    }

    private static BigDecimal major(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    public String nameKey() {
        return switch (this) {
            case PERCENT -> "action.measure.percent";
            case UNIT_PRICE -> "action.measure.unitPrice";
            case AMOUNT -> "action.measure.amount";
            case EVERY -> "action.measure.every";
        };
    }
}
