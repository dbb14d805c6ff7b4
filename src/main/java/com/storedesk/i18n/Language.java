package com.storedesk.i18n;

import java.util.Arrays;
import java.util.Locale;

/** The languages StoreDesk ships bundles for. Adding one means a bundle and a constant here. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    SPANISH(Locale.forLanguageTag("es")),
    FRENCH(Locale.FRENCH),
    GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language's name in itself ("Deutsch", "Español"), so a user can find their own. */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static Language fromTag(String tag) {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return Arrays.stream(values())
                .filter(l -> l.tag().equals(language))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + tag));
    }

    public static Language forSystemLocale() {
        String system = Locale.getDefault().getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag().equals(system)).findFirst().orElse(ENGLISH);
    }
}
