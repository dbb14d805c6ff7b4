package com.storedesk.assist.copilot;

import java.time.LocalDate;
import java.util.Optional;

/** A span of business dates, both ends included; an open end is null ("everything up to March"). */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange all() {
        return new DateRange(null, null);
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    public Optional<LocalDate> start() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }
}
