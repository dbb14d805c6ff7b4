package com.storedesk.actions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an action is in its life: proposed, then approved, rejected or expired; an approved one is
 * sent to the POS and confirmed or failed; a failed one may be sent again (the outbox's own retry)
 * or put back to approved by a person (retry), keeping its idempotency key either way. An action the
 * store's POS cannot apply is approved as {@link #MANUAL}: recorded, to be done by hand at the POS,
 * never sent; once a person has been to the till it is {@link #DONE_BY_HAND} or {@link #NOT_DONE}. A help
 * request ({@link ActionType#ASSISTANCE}) a manager answers becomes {@link #HANDLED}.
 */
public enum ActionStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    EXPIRED,
    SENT,
    CONFIRMED,
    FAILED,
    /** Approved, but the store's POS cannot apply it: a person does it there by hand. Never sent. */
    MANUAL,
    /** A help request a manager answered ("on my way" or done). Never sent. */
    HANDLED,
    /** Hand work a person has done at the POS. */
    DONE_BY_HAND,
    /** Hand work a person could not do at the POS; why is kept as its failure reason. */
    NOT_DONE;

    /** The statuses this one may move to; the final ones (rejected, expired, confirmed, done or not) go nowhere. */
    public Set<ActionStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(APPROVED, MANUAL, HANDLED, REJECTED, EXPIRED);
            case APPROVED -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(CONFIRMED, FAILED);
            case FAILED -> EnumSet.of(SENT, APPROVED);
            case MANUAL -> EnumSet.of(DONE_BY_HAND, NOT_DONE);
            case REJECTED, EXPIRED, CONFIRMED, HANDLED, DONE_BY_HAND, NOT_DONE -> EnumSet.noneOf(ActionStatus.class);
        };
    }

    public boolean canMoveTo(ActionStatus target) {
        return next().contains(target);
    }

    /** Waiting for a person's decision. */
    public boolean pending() {
        return this == PROPOSED;
    }

    /** The bundle key of the status's name. */
    public String nameKey() {
        return switch (this) {
            case PROPOSED -> "action.status.proposed";
            case APPROVED -> "action.status.approved";
            case REJECTED -> "action.status.rejected";
            case EXPIRED -> "action.status.expired";
            case SENT -> "action.status.sent";
            case CONFIRMED -> "action.status.confirmed";
            case FAILED -> "action.status.failed";
            case MANUAL -> "action.status.manual";
            case HANDLED -> "action.status.handled";
            case DONE_BY_HAND -> "action.status.doneByHand";
            case NOT_DONE -> "action.status.notDone";
        };
    }
}
