package com.storedesk.ingest;

import java.math.BigDecimal;

/**
 * Runs checks on one event until one fails, and keeps that one. Details are built only on failure,
 * because sale lines are checked a million times in a history load; {@link #in} names the part of
 * the event (e.g. "line 3") that the following checks are about.
 */
final class FirstProblem {

    /** NUMERIC(12,3): nine digits before the point. */
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1000000000");

    private Problem problem;
    private String part;
    private int number;

    boolean found() {
        return problem != null;
    }

    Problem get() {
        return problem;
    }

    /** The following checks are about e.g. line 3 ({@code in("line", 3)}). */
    FirstProblem in(String part, int number) {
        this.part = part;
        this.number = number;
        return this;
    }

    /** The following checks are about the event as a whole. */
    FirstProblem whole() {
        this.part = null;
        return this;
    }

    FirstProblem check(boolean ok, RejectReason reason, String detail) {
        if (problem == null && !ok) {
            problem = new Problem(reason, part == null ? detail : part + " " + number + ": " + detail);
        }
        return this;
    }

    /** Text that must fit its column; null passes (required fields are checked by the events themselves). */
    FirstProblem fits(String value, String field, int maxLength) {
        return value == null || value.length() <= maxLength ? this
                : check(false, RejectReason.INVALID_VALUE, field + " is longer than " + maxLength + " characters");
    }

    FirstProblem notNegative(long minor, String field) {
        return minor >= 0 ? this : check(false, RejectReason.INVALID_AMOUNT, field + " is negative");
    }

    FirstProblem notNegative(Long minor, String field) {
        return minor == null ? this : notNegative(minor.longValue(), field);
    }

    /** A sale or refund line's quantity: positive, and storable as NUMERIC(12,3). */
    FirstProblem positiveQuantity(BigDecimal quantity, String field) {
        return quantity.signum() > 0 ? storableQuantity(quantity, field)
                : check(false, RejectReason.NEGATIVE_QUANTITY, field + " must be positive");
    }

    /** A level or movement, which may be negative: storable as NUMERIC(12,3) without rounding. */
    FirstProblem storableQuantity(BigDecimal quantity, String field) {
        if (quantity.scale() > 3 && quantity.stripTrailingZeros().scale() > 3) {
            return check(false, RejectReason.INVALID_VALUE, field + " has more than 3 decimals");
        }
        return quantity.abs().compareTo(QUANTITY_LIMIT) < 0 ? this
                : check(false, RejectReason.INVALID_VALUE, field + " is too large");
    }
}
