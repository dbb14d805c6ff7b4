package com.storedesk.data.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Argument checks that fail at the call site instead of as a constraint violation at flush time. */
final class Require {

    private Require() {
    }

    static String text(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return maxLength(value, name, maxLength);
    }

    static String maxLength(String value, String name, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * True when both are the same row. Compares ids too, because one row can be held as a
     * Hibernate proxy in one place and as the loaded entity in another.
     */
    static boolean sameRow(SourcedEntity a, SourcedEntity b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    /** Quantities are NUMERIC(12,3) (or (14,3) in rollups): more decimals would be rounded silently by the database. */
    static BigDecimal quantity(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (Math.max(0, value.stripTrailingZeros().scale()) > 3) {
            throw new IllegalArgumentException(name + " has more than 3 decimals: " + value.toPlainString());
        }
        return value;
    }

    /**
     * The database keeps microseconds; truncating here makes an entity in memory equal to the one
     * read back, so change detection on re-ingest does not see phantom differences.
     */
    static Instant instant(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant instant(Instant value, String name) {
        return instant(Objects.requireNonNull(value, name));
    }
}
