package com.storedesk.ui.components;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Date pickers that write and read a date as the user's language does ("22.11.2026" in German),
 * not as the computer's locale would: a picker on its own follows the operating system.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker inLanguage(Locale locale) {
        DatePicker picker = new DatePicker();
        DateTimeFormatter format = shortWithFullYear(locale);
        picker.setConverter(new LocalDateStringConverter(format, format));
        return picker;
    }

    /** The language's short date with a four-digit year, so a typed date cannot land in the wrong century. */
    static DateTimeFormatter shortWithFullYear(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
    }
}
