package com.storedesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to get a user-visible string. Every text is a {@link MessageFormat} pattern
 * (so apostrophes are written twice in the bundles), read from {@code i18n/messages*.properties}.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    // English is the base bundle; without this, a German system would answer English requests in German.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    public Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text for {@code key} with its {@code {0}}, {@code {1}}… filled in, formatted for this locale. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.error("Missing message key {} for {}", key, language);
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }
}
