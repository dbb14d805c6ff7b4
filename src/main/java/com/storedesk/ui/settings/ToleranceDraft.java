package com.storedesk.ui.settings;

import com.storedesk.inventory.count.CountTolerance;
import com.storedesk.inventory.count.ToleranceService;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The two fields as a tolerance, or which one is wrong: units a number of 0 or more, percent from 0 to
 * 100. A decimal comma is read like a point, so "2,5" is 2.5 in every language.
 */
final class ToleranceDraft {

    /** The message key for what is wrong, or null; and the tolerance when nothing is. */
    record Outcome(CountTolerance tolerance, String problemKey) {
    }

    private ToleranceDraft() {
    }

    static Outcome check(String units, String percent) {
        BigDecimal parsedUnits = number(units);
        if (parsedUnits == null || parsedUnits.signum() < 0 || parsedUnits.compareTo(ToleranceService.MOST_UNITS) > 0) {
            return new Outcome(null, "settings.tolerance.error.units");
        }
        BigDecimal parsedPercent = number(percent);
        if (parsedPercent == null || parsedPercent.signum() < 0
                || parsedPercent.compareTo(ToleranceService.MOST_PERCENT) > 0) {
            return new Outcome(null, "settings.tolerance.error.percent");
        }
        return new Outcome(new CountTolerance(parsedUnits, parsedPercent), null);
    }

    /** How a number is shown in its field: no trailing zeros, the language's decimal separator. */
    static String shown(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        char separator = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return plain.replace('.', separator);
    }

    private static BigDecimal number(String text) {
        String cleaned = text == null ? "" : text.strip().replace(',', '.');
        if (cleaned.isEmpty() || cleaned.length() > 16 || !cleaned.matches("[+-]?[0-9]*\\.?[0-9]*")
                || cleaned.matches("[+-]?\\.?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(cleaned);
        return value.scale() > 3 ? null : value;
    }
}
