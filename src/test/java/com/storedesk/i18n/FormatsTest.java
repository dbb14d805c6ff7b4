package com.storedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static Formats formats(Language language) {
        return new Formats(new Messages(language));
    }

    @Test
    void moneyIsWrittenTheWayEachLanguageWritesIt() {
        Money money = Money.ofMinor(123450, "EUR");
        assertThat(formats(Language.ENGLISH).money(money)).contains("1,234.50");
        assertThat(formats(Language.GERMAN).money(money)).contains("1.234,50").contains("€");
        assertThat(formats(Language.FRENCH).money(money)).contains("234,50");
        assertThat(formats(Language.ENGLISH).money(Money.ofMinor(1500, "JPY"))).contains("1,500").doesNotContain(".");
    }

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(new Formats(new Messages(Language.ENGLISH)).percent(0.425)).isEqualTo("42%");
        assertThat(new Formats(new Messages(Language.GERMAN)).percent(0.426)).isEqualTo("43\u00a0%");
        assertThat(new Formats(new Messages(Language.FRENCH)).percent(1)).isEqualTo("100\u00a0%");
    }

    @Test
    void datesAndTimesAreLocalToTheStore() {
        Instant instant = Instant.parse("2026-11-23T23:30:00Z");
        assertThat(formats(Language.ENGLISH).dateTime(instant, ZoneId.of("America/Los_Angeles"))).contains("Nov 23");
        assertThat(formats(Language.ENGLISH).dateTime(instant, ZoneId.of("Europe/Berlin"))).contains("Nov 24");
        assertThat(formats(Language.GERMAN).date(LocalDate.of(2026, 11, 23))).isEqualTo("23.11.2026");
    }

    @Test
    void agesAreRoundedDownToTheLargestUnit() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        Formats english = formats(Language.ENGLISH);
        assertThat(english.ago(now.minusSeconds(20), now)).isEqualTo("just now");
        assertThat(english.ago(now.minusSeconds(600), now)).isEqualTo("10 minutes ago");
        assertThat(english.ago(now.minusSeconds(3 * 3600 + 5), now)).isEqualTo("3 hours ago");
        assertThat(english.ago(now.minusSeconds(86400), now)).isEqualTo("1 day ago");
        assertThat(formats(Language.GERMAN).ago(now.minusSeconds(7200), now)).isEqualTo("vor 2 Stunden");
    }
}
