package com.storedesk.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatePickersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void eachLanguageWritesItsOwnShortDateWithTheWholeYear() {
        assertThat(DatePickers.shortWithFullYear(Locale.GERMAN).format(DAY)).isEqualTo("22.11.2026");
        assertThat(DatePickers.shortWithFullYear(Locale.FRENCH).format(DAY)).isEqualTo("22/11/2026");
        assertThat(DatePickers.shortWithFullYear(Locale.forLanguageTag("es")).format(DAY)).isEqualTo("22/11/2026");
        assertThat(DatePickers.shortWithFullYear(Locale.ENGLISH).format(DAY)).isEqualTo("11/22/2026");
    }

    @Test
    void whatItWritesItReadsBack() {
        for (Locale locale : new Locale[] {Locale.GERMAN, Locale.FRENCH, Locale.ENGLISH}) {
            var format = DatePickers.shortWithFullYear(locale);
            assertThat(LocalDate.parse(format.format(DAY), format)).isEqualTo(DAY);
        }
    }
}
