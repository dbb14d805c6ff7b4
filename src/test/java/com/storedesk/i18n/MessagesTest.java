package com.storedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void answersInTheChosenLanguage() {
        assertThat(new Messages(Language.GERMAN).get("screen.settings")).isEqualTo("Einstellungen");
        assertThat(new Messages(Language.SPANISH).get("screen.settings")).isEqualTo("Ajustes");
    }

    @Test
    void englishStaysEnglishOnAComputerSetToAnotherLanguage() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(new Messages(Language.ENGLISH).get("screen.settings")).isEqualTo("Settings");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void fillsInValuesAndKeepsApostrophes() {
        Messages french = new Messages(Language.FRENCH);
        assertThat(french.get("startup.failed.title")).isEqualTo("StoreDesk n'a pas pu ouvrir sa base de données");
        assertThat(french.get("time.minutesAgo", 5L)).isEqualTo("il y a 5 minutes");
        assertThat(new Messages(Language.ENGLISH).get("time.minutesAgo", 1L)).isEqualTo("1 minute ago");
    }

    @Test
    void aMissingKeyIsVisibleInsteadOfCrashing() {
        assertThat(new Messages(Language.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void languagesAreNamedInThemselves() {
        assertThat(Language.GERMAN.nativeName()).isEqualTo("Deutsch");
        assertThat(Language.SPANISH.nativeName()).isEqualTo("Español");
        assertThat(Language.FRENCH.nativeName()).isEqualTo("Français");
        assertThat(Language.fromTag("de-AT")).isEqualTo(Language.GERMAN);
    }
}
