package com.storedesk.export.pdf;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The sheet a report is laid out for: US Letter where it is the norm, A4 everywhere else. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH");

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /**
     * Letter for the countries that use it, and for English without a country (StoreDesk's English is
     * American English); A4 for every other language and country.
     */
    public static Paper forLocale(Locale locale) {
        if (LETTER_COUNTRIES.contains(locale.getCountry())) {
            return LETTER;
        }
        boolean englishWithoutCountry = locale.getCountry().isEmpty() && locale.getLanguage().equals("en");
        return englishWithoutCountry ? LETTER : A4;
    }
}
