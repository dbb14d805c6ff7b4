package com.storedesk.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One value behind an action, typed so a screen formats it for the user's locale, and kept as plain
 * text so it is stored as written: a number in {@code BigDecimal} notation, a date in ISO form.
 *
 * @param currency the money's currency; null for every other kind
 */
public record Figure(Kind kind, String value, Currency currency) {

    /** How a figure is shown. */
    public enum Kind {
        /** An amount in minor units of {@link Figure#currency()}. */
        MONEY,
        /** A percentage: 12.5 is 12.5 %. */
        PERCENT,
        /** Units of a product, possibly with decimals for weighed goods. */
        QUANTITY,
        /** A number of days, possibly with decimals. */
        DAYS,
        COUNT,
        DATE,
        /** A name or code shown as it is: a product's name, a SKU. */
        TEXT
    }

    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == Kind.MONEY) != (currency != null)) {
            throw new IllegalArgumentException("Money and only money has a currency: " + kind);
        }
    }

    public static Figure money(long minor, Currency currency) {
        return new Figure(Kind.MONEY, Long.toString(minor), currency);
    }

    public static Figure percent(BigDecimal percent) {
        return new Figure(Kind.PERCENT, percent.stripTrailingZeros().toPlainString(), null);
    }

    public static Figure quantity(BigDecimal units) {
        return new Figure(Kind.QUANTITY, units.stripTrailingZeros().toPlainString(), null);
    }

    public static Figure days(BigDecimal days) {
        return new Figure(Kind.DAYS, days.stripTrailingZeros().toPlainString(), null);
    }

    public static Figure count(long count) {
        return new Figure(Kind.COUNT, Long.toString(count), null);
    }

    public static Figure date(LocalDate date) {
        return new Figure(Kind.DATE, date.toString(), null);
    }

    public static Figure text(String text) {
        return new Figure(Kind.TEXT, text, null);
    }

    /** The value as a number; for every kind but DATE and TEXT. */
    public BigDecimal number() {
        return new BigDecimal(value);
    }

    /** The value as a date; for DATE only. */
    public LocalDate date() {
        return LocalDate.parse(value);
    }
}
