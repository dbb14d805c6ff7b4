package com.storedesk.ui.count;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/** Quantities as the user types and reads them: "2,5" in German, "2.5" in English; whole units without decimals. */
final class QuantityText {

    private final Locale locale;

    QuantityText(Locale locale) {
        this.locale = locale;
    }

    String format(BigDecimal quantity) {
        NumberFormat format = NumberFormat.getNumberInstance(locale); // not thread-safe: one per use
        format.setMaximumFractionDigits(3);
        return format.format(quantity);
    }

    /** A number of zero or more written out whole; empty for anything else. */
    Optional<BigDecimal> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length() || ((BigDecimal) parsed).signum() < 0) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }
}
