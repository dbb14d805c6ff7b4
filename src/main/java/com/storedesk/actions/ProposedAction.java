package com.storedesk.actions;

import com.storedesk.actions.policy.Routing;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored action and everything a person needs to decide on it.
 *
 * @param proposed the change as proposed
 * @param edited the change as a person edited it before approving, or null
 * @param routing where the policy sent it (after an edit: where the edited change was sent)
 * @param decision who approved, rejected or retried it, or null while it waits (and for an expiry)
 * @param idempotencyKey made at proposal and kept through every retry, so the POS applies it once
 * @param attempts how many times the outbox has sent it
 * @param failureReason why the last attempt failed, or null
 */
public record ProposedAction(long id, long storeId, ActionChange proposed, ActionChange edited, Rationale rationale,
        Evidence evidence, Proposer proposer, Instant createdAt, Instant expiresAt, ActionStatus status,
        Routing routing, Decision decision, String idempotencyKey, int attempts, String failureReason) {

    public ProposedAction {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public ActionType type() {
        return proposed.type();
    }

    /** The change that will be applied: the edited one if a person edited it. */
    public ActionChange change() {
        return edited != null ? edited : proposed;
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
