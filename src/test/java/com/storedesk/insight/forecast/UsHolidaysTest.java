package com.storedesk.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UsHolidaysTest {

    private final UsHolidays holidays = new UsHolidays();

    @Test
    void placesEachHolidayByItsRule() {
        assertThat(key(2026, 1, 1)).isEqualTo("new-years-day");
        assertThat(key(2026, 1, 19)).isEqualTo("martin-luther-king-day");
        assertThat(key(2026, 2, 16)).isEqualTo("washingtons-birthday");
        assertThat(key(2026, 4, 5)).isEqualTo("easter-sunday");
        assertThat(key(2026, 5, 25)).isEqualTo("memorial-day");
        assertThat(key(2026, 6, 19)).isEqualTo("juneteenth");
        assertThat(key(2026, 7, 4)).isEqualTo("independence-day");
        assertThat(key(2026, 9, 7)).isEqualTo("labor-day");
        assertThat(key(2026, 10, 12)).isEqualTo("columbus-day");
        assertThat(key(2026, 11, 11)).isEqualTo("veterans-day");
        assertThat(key(2026, 11, 26)).isEqualTo("thanksgiving");
        assertThat(key(2026, 11, 27)).isEqualTo("black-friday");
        assertThat(key(2026, 12, 24)).isEqualTo("christmas-eve");
        assertThat(key(2026, 12, 25)).isEqualTo("christmas-day");
        assertThat(key(2026, 12, 31)).isEqualTo("new-years-eve");
        assertThat(holidays.on(LocalDate.of(2026, 11, 23))).isEmpty();
    }

    @Test
    void findsTheSameHolidayInAnotherYear() {
        assertThat(holidays.find("thanksgiving", 2025)).map(Holiday::date).contains(LocalDate.of(2025, 11, 27));
        assertThat(holidays.find("memorial-day", 2027)).map(Holiday::date).contains(LocalDate.of(2027, 5, 31));
        assertThat(holidays.find("no-such-day", 2026)).isEmpty();
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(UsHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(UsHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(UsHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(UsHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    private String key(int year, int month, int day) {
        return holidays.on(LocalDate.of(year, month, day)).map(Holiday::key).orElse(null);
    }
}
