package com.storedesk.actions;

/**
 * A request the action service will not carry out, with a reason a screen can put into words.
 * An action the session may not see is {@link Reason#NOT_FOUND}, so its existence does not leak.
 */
public final class ActionRefusedException extends RuntimeException {

    public enum Reason {
        NOT_FOUND,
        NOT_PERMITTED,
        ILLEGAL_TRANSITION,
        REASON_REQUIRED,
        EXPIRED,
        EDIT_MISMATCH,
        /** A help request is answered on its own, never in a bulk approval. */
        ONE_AT_A_TIME;

        public String messageKey() {
            return switch (this) {
                case NOT_FOUND -> "action.refused.notFound";
                case NOT_PERMITTED -> "action.refused.notPermitted";
                case ILLEGAL_TRANSITION -> "action.refused.illegalTransition";
                case REASON_REQUIRED -> "action.refused.reasonRequired";
                case EXPIRED -> "action.refused.expired";
                case EDIT_MISMATCH -> "action.refused.editMismatch";
                case ONE_AT_A_TIME -> "action.refused.oneAtATime";
            };
        }
    }

    private final Reason reason;

    public ActionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
