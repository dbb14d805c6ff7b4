package com.storedesk.i18n;

import com.storedesk.core.Money;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates, times, numbers and money written the way the user's language writes them. */
public final class Formats {

    private final Messages messages;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;

    public Formats(Messages messages) {
        this.messages = messages;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
    }

    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(messages.locale());
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.amount());
    }

    /** An amount rounded to whole units of its currency, for axes: "$2,000". */
    public String wholeMoney(java.math.BigDecimal amount, java.util.Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(messages.locale());
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(value);
    }

    /** A fraction as a whole percentage: 0.425 is "43%" in English, "43 %" in French and German. */
    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(messages.locale()).format(fraction);
    }

    /** A fraction as a percentage with {@code decimals} decimals: 0.0243 is "2.4%" with one. */
    public String percent(double fraction, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(messages.locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    /** A plain number with exactly {@code decimals} decimals, grouped as the language groups them. */
    public String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    public String dateTime(Instant value, ZoneId zone) {
        return dateTime.format(value.atZone(zone));
    }

    public String time(Instant value, ZoneId zone) {
        return time.format(value.atZone(zone));
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago" — how long before {@code now}. */
    public String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return messages.get("time.justNow");
        }
        if (age.toHours() < 1) {
            return messages.get("time.minutesAgo", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return messages.get("time.hoursAgo", age.toHours());
        }
        return messages.get("time.daysAgo", age.toDays());
    }

    /** The phrase with a capital first letter, for one made to sit inside a sentence that starts a line instead. */
    public String capitalized(String phrase) {
        return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toUpperCase(messages.locale()) + phrase.substring(1);
    }
}
