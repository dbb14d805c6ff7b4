package com.storedesk.pos;

import java.util.Objects;

/**
 * What a connector did with an {@link ActionCommand}. A platform that cannot be reached throws
 * {@link ConnectorException} instead: that is worth trying again, a refusal is not.
 *
 * @param reason why it was refused, in the platform's words (never a secret); null otherwise
 */
public record ExecutionResult(Outcome outcome, String reason) {

    public enum Outcome {
        /** Applied now. */
        APPLIED,
        /** This idempotency key was applied before; nothing changed now. */
        ALREADY_APPLIED,
        /** The platform will not apply it: sending it again would not help. */
        REFUSED
    }

    public ExecutionResult {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.REFUSED) {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static ExecutionResult applied() {
        return new ExecutionResult(Outcome.APPLIED, null);
    }

    public static ExecutionResult alreadyApplied() {
        return new ExecutionResult(Outcome.ALREADY_APPLIED, null);
    }

    public static ExecutionResult refused(String reason) {
        return new ExecutionResult(Outcome.REFUSED, reason);
    }

    /** Applied, now or before: the action is in effect at the store. */
    public boolean inEffect() {
        return outcome != Outcome.REFUSED;
    }
}
