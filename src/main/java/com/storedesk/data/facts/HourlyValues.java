package com.storedesk.data.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One store's value of one measure for each store-local business date and hour (0-23) of a date
 * range; an hour without a row is zero. Immutable. A repeated hour (the night clocks go back) holds
 * the sum of both.
 */
public final class HourlyValues {

    public static final int HOURS = 24;

    private final LocalDate from;
    private final long[] values;

    private HourlyValues(LocalDate from, long[] values) {
        this.from = from;
        this.values = values;
    }

    /** All zero from {@code from} (inclusive) to {@code to} (exclusive). */
    public static HourlyValues empty(LocalDate from, LocalDate to) {
        return builder(from, to).build();
    }

    public static Builder builder(LocalDate from, LocalDate to) {
        return new Builder(from, to);
    }

    /** The first date covered. */
    public LocalDate from() {
        return from;
    }

    /** The day after the last date covered. */
    public LocalDate to() {
        return from.plusDays(days());
    }

    public int days() {
        return values.length / HOURS;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to());
    }

    /** The position of {@code date} in this range (0 for {@link #from()}); may lie outside it. */
    public int dayIndex(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, date));
    }

    public LocalDate date(int dayIndex) {
        return from.plusDays(dayIndex);
    }

    /** The value of hour {@code hour} on day {@code dayIndex}; zero outside the range. */
    public long get(int dayIndex, int hour) {
        checkHour(hour);
        return dayIndex < 0 || dayIndex >= days() ? 0 : values[dayIndex * HOURS + hour];
    }

    public long get(LocalDate date, int hour) {
        return get(dayIndex(date), hour);
    }

    public long dayTotal(int dayIndex) {
        if (dayIndex < 0 || dayIndex >= days()) {
            return 0;
        }
        long total = 0;
        for (int h = 0; h < HOURS; h++) {
            total += values[dayIndex * HOURS + h];
        }
        return total;
    }

    public long dayTotal(LocalDate date) {
        return dayTotal(dayIndex(date));
    }

    /**
     * The dates from {@code from} (inclusive) to {@code to} (exclusive) that this range covers: a
     * copy, so whoever gets it cannot see past {@code to}.
     */
    public HourlyValues slice(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(this.from) ? this.from : from;
        LocalDate end = to.isAfter(to()) ? to() : to;
        if (!end.isAfter(start)) {
            return empty(start, start);
        }
        int first = dayIndex(start);
        int last = dayIndex(end);
        return new HourlyValues(start, Arrays.copyOfRange(values, first * HOURS, last * HOURS));
    }

    /** The first date with a value other than zero; empty when there is none. */
    public Optional<LocalDate> firstDateWithData() {
        for (int d = 0; d < days(); d++) {
            if (hasData(d)) {
                return Optional.of(date(d));
            }
        }
        return Optional.empty();
    }

    /** The last date with a value other than zero; empty when there is none. */
    public Optional<LocalDate> lastDateWithData() {
        for (int d = days() - 1; d >= 0; d--) {
            if (hasData(d)) {
                return Optional.of(date(d));
            }
        }
        return Optional.empty();
    }

    private boolean hasData(int dayIndex) {
        for (int h = 0; h < HOURS; h++) {
            if (values[dayIndex * HOURS + h] != 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkHour(int hour) {
        if (hour < 0 || hour >= HOURS) {
            throw new IllegalArgumentException("hour must be 0-23: " + hour);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HourlyValues that && from.equals(that.from) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * from.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "HourlyValues[" + from + " to " + to() + "]";
    }

    /** Collects values; adding to the same date and hour twice adds them up. */
    public static final class Builder {

        private final LocalDate from;
        private final long[] values;

        private Builder(LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            long days = ChronoUnit.DAYS.between(from, to);
            if (days < 0) {
                throw new IllegalArgumentException("to before from: " + from + ", " + to);
            }
            this.from = from;
            this.values = new long[Math.toIntExact(days * HOURS)];
        }

        public Builder add(LocalDate date, int hour, long value) {
            checkHour(hour);
            long day = ChronoUnit.DAYS.between(from, date);
            if (day < 0 || day * HOURS >= values.length) {
                throw new IllegalArgumentException(
                        date + " is outside " + from + " + " + values.length / HOURS + " days");
            }
            values[(int) day * HOURS + hour] += value;
            return this;
        }

        public HourlyValues build() {
            return new HourlyValues(from, values.clone());
        }
    }
}
