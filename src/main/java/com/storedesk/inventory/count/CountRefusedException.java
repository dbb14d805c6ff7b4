package com.storedesk.inventory.count;

/**
 * A count request the service will not carry out, with a reason a screen puts into words. The
 * message names ids and reasons only, never what was typed.
 */
public final class CountRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The session may not count at that store; a count in another store is "not found" too. */
        NOT_FOUND,
        /** The count was finished: its lines no longer change. */
        FINISHED,
        /** The location is empty or longer than {@link CountService#LOCATION_LENGTH}. */
        LOCATION,
        /** A quantity below zero, with more than three decimals, or too large. */
        QUANTITY,
        /** An empty code, or one longer than a barcode or SKU can be. */
        CODE;

        public String messageKey() {
            return switch (this) {
                case NOT_FOUND -> "count.refused.notFound";
                case FINISHED -> "count.refused.finished";
                case LOCATION -> "count.refused.location";
                case QUANTITY -> "count.refused.quantity";
                case CODE -> "count.refused.code";
            };
        }
    }

    private final Reason reason;

    public CountRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
