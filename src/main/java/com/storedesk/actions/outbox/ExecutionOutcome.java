package com.storedesk.actions.outbox;

import java.util.Objects;

/**
 * What the POS did with an action.
 *
 * @param detail the POS's words for a refusal or an outage (never a secret), null when applied
 */
public record ExecutionOutcome(Kind kind, String detail) {

    public enum Kind {
        /** In effect at the store, applied now or for an earlier send of the same key. */
        APPLIED,
        /** The POS will not apply it; sending again would not help. */
        REFUSED,
        /** The POS could not be reached or did not answer; worth sending again later. */
        UNAVAILABLE
    }

    public ExecutionOutcome {
        Objects.requireNonNull(kind, "kind");
    }

    public static ExecutionOutcome applied() {
        return new ExecutionOutcome(Kind.APPLIED, null);
    }

    public static ExecutionOutcome refused(String detail) {
        return new ExecutionOutcome(Kind.REFUSED, Objects.requireNonNull(detail, "detail"));
    }

    public static ExecutionOutcome unavailable(String detail) {
        return new ExecutionOutcome(Kind.UNAVAILABLE, Objects.requireNonNull(detail, "detail"));
    }
}
