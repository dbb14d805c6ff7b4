package com.storedesk.insight.anomaly;

import com.storedesk.core.Money;
import com.storedesk.data.StoreSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The store-day the rules look at, and how much of it has happened: a past day is complete, today
 * runs up to the present moment in the store's time zone, a future day has not started.
 *
 * @param asOf the store-local time the day has reached, empty when the day is over
 */
public record StoreDay(StoreSummary store, LocalDate date, Optional<LocalTime> asOf) {

    public StoreDay {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The store's {@code date} as seen at {@code now}. */
    public static StoreDay at(StoreSummary store, LocalDate date, Instant now) {
        LocalDate today = now.atZone(store.timeZone()).toLocalDate();
        if (date.isBefore(today)) {
            return complete(store, date);
        }
        LocalTime asOf = date.isEqual(today) ? now.atZone(store.timeZone()).toLocalTime() : LocalTime.MIDNIGHT;
        return new StoreDay(store, date, Optional.of(asOf));
    }

    public static StoreDay complete(StoreSummary store, LocalDate date) {
        return new StoreDay(store, date, Optional.empty());
    }

    public long storeId() {
        return store.id();
    }

    public boolean isComplete() {
        return asOf.isEmpty();
    }

    /**
     * Hours of the day fully past: 24 for a complete day, 10 at 10:45. Hour {@code h} is past when
     * {@code h < hoursPast()}.
     */
    public int hoursPast() {
        return asOf.map(LocalTime::getHour).orElse(24);
    }

    /** The instant the day begins in the store's zone. */
    public Instant start() {
        return date.atStartOfDay(store.timeZone()).toInstant();
    }

    /** The instant the day has reached: its end when complete. */
    public Instant reached() {
        return asOf.map(time -> ZonedDateTime.of(date, time, store.timeZone()).toInstant())
                .orElseGet(() -> date.plusDays(1).atStartOfDay(store.timeZone()).toInstant());
    }

    public AlertSubject subject() {
        return AlertSubject.store(store.code(), store.name());
    }

    public Money money(long minorUnits) {
        return new Money(minorUnits, store.currency());
    }

    /** An expected amount, a statistical estimate, rounded to minor units where it is shown beside money. */
    public Money money(double minorUnits) {
        return money(Math.round(minorUnits));
    }

    Alert alert(AlertKind kind, Severity severity, AlertSubject subject, AlertFigure... figures) {
        return new Alert(kind, severity, store.id(), date, subject, List.of(figures));
    }
}
