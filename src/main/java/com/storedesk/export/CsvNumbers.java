package com.storedesk.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers as a spreadsheet in the user's language parses them: the language's decimal separator,
 * no grouping (a grouping dot in German would read as a decimal point elsewhere) and an ASCII minus.
 */
final class CsvNumbers {

    private final DecimalFormatSymbols symbols;

    CsvNumbers(Locale locale) {
        symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setMinusSign('-');
    }

    char decimalSeparator() {
        return symbols.getDecimalSeparator();
    }

    String integer(long value) {
        return Long.toString(value);
    }

    /** Minor units in the currency's major unit with its usual decimals: 123450 EUR is "1234,50" in German. */
    String money(BigDecimal minor, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return decimal(minor.movePointLeft(digits), digits);
    }

    /** A fraction as percentage points with one decimal: -0.1234 is "-12.3". */
    String percent(double fraction) {
        return decimal(BigDecimal.valueOf(fraction).movePointRight(2), 1);
    }

    private String decimal(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols);
        format.setGroupingUsed(false);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
