package com.storedesk.insight.forecast;

import java.time.LocalDate;
import java.util.Optional;

/** Which days are holidays, year after year. */
public interface HolidayCalendar {

    /** No holidays at all. */
    HolidayCalendar NONE = new HolidayCalendar() {
        @Override
        public Optional<Holiday> on(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Optional<Holiday> find(String key, int year) {
            return Optional.empty();
        }
    };

    /** The holiday on {@code date}, if it is one. */
    Optional<Holiday> on(LocalDate date);

    /** Where the holiday {@code key} falls in {@code year}, if this calendar has it. */
    Optional<Holiday> find(String key, int year);
}
