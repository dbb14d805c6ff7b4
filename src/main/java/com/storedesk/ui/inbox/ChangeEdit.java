package com.storedesk.ui.inbox;

import com.storedesk.actions.ActionChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Edit-then-approve for the changes a person tunes by one number: a discount's percent, a markdown's
 * or a price change's new price (in whole units of the store's currency, as people type prices).
 * The change's own checks say what is valid, so the rules live in one place.
 */
final class ChangeEdit {

    /** What the one number means. */
    enum Kind {
        PERCENT,
        PRICE
    }

    private ChangeEdit() {
    }

    static Optional<Kind> kind(ActionChange change) {
        if (change instanceof ActionChange.SaleDiscount) {
            return Optional.of(Kind.PERCENT);
        }
        if (change instanceof ActionChange.Markdown || change instanceof ActionChange.PriceChange) {
            return Optional.of(Kind.PRICE);
        }
        return Optional.empty();
    }

    /** The number as proposed, written for {@code locale}. */
    static String current(ActionChange change, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        if (change instanceof ActionChange.SaleDiscount discount) {
            format.setMaximumFractionDigits(2);
            return format.format(discount.percent());
        }
        if (change instanceof ActionChange.Markdown markdown) {
            return price(format, markdown.toPriceMinor(), markdown.currency());
        }
        ActionChange.PriceChange price = (ActionChange.PriceChange) change;
        return price(format, price.toPriceMinor(), price.currency());
    }

    /** The change with {@code text} as its new number; empty when it is not a number the change accepts. */
    static Optional<ActionChange> edited(ActionChange change, String text, Locale locale) {
        Optional<BigDecimal> value = parse(text, locale);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(with(change, value.get()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static ActionChange with(ActionChange change, BigDecimal value) {
        if (change instanceof ActionChange.SaleDiscount d) {
            return new ActionChange.SaleDiscount(d.saleId(), d.productId(), d.sku(), d.productName(), value,
                    d.unitPriceMinor(), d.currency());
        }
        if (change instanceof ActionChange.Markdown m) {
            return new ActionChange.Markdown(m.productId(), m.sku(), m.productName(), m.fromPriceMinor(),
                    minor(value, m.currency()), m.currency(), m.until());
        }
        ActionChange.PriceChange p = (ActionChange.PriceChange) change;
        return new ActionChange.PriceChange(p.productId(), p.sku(), p.productName(), p.fromPriceMinor(),
                minor(value, p.currency()), p.currency());
    }

    private static Optional<BigDecimal> parse(String text, Locale locale) {
        String trimmed = text == null ? "" : text.strip();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(trimmed, position);
        if (trimmed.isEmpty() || number == null || position.getIndex() != trimmed.length()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number.toString()));
    }

    private static long minor(BigDecimal major, Currency currency) {
        return major.movePointRight(currency.getDefaultFractionDigits()).setScale(0, RoundingMode.UNNECESSARY)
                .longValueExact();
    }

    private static String price(NumberFormat format, long minor, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits));
    }
}
