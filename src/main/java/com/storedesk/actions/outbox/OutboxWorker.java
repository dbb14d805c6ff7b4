package com.storedesk.actions.outbox;

import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionService;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ProposedAction;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the outbox. Each action is marked sent (the attempt counted) before the POS is
 * called and confirmed or failed after, so a crash in between leaves it SENT; the next pass sends
 * it again with the same idempotency key and the POS, which applies a key once, answers "applied".
 * That is why nothing is lost and nothing doubles.
 */
public final class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final ActionService actions;
    private final ActionExecutor executor;
    private final Backoff backoff;
    private final Clock clock;

    public OutboxWorker(ActionService actions, ActionExecutor executor, Backoff backoff, Clock clock) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends everything due; returns how many actions it confirmed. */
    public int runOnce() {
        int confirmed = 0;
        for (ProposedAction due : actions.outboxDue()) {
            if (send(due)) {
                confirmed++;
            }
        }
        return confirmed;
    }

    private boolean send(ProposedAction due) {
        ProposedAction sent;
        try {
            sent = due.status() == ActionStatus.SENT ? actions.markResent(due.id()) : actions.markSent(due.id());
        } catch (ActionRefusedException e) {
            // Another outbox (a second StoreDesk on a shared database) or a person moved it first.
            return false;
        }
        ExecutionOutcome outcome;
        try {
            outcome = executor.execute(sent);
        } catch (RuntimeException e) {
            LOG.warn("Action {}: no answer from the POS; it stays sent and goes again with the same key",
                    sent.id(), e);
            return false;
        }
        return settle(sent, outcome);
    }

    private boolean settle(ProposedAction sent, ExecutionOutcome outcome) {
        switch (outcome.kind()) {
            case APPLIED -> {
                actions.markConfirmed(sent.id());
                return true;
            }
            case REFUSED -> actions.markFailed(sent.id(), new FailureReason(FailureReason.REFUSED,
                    outcome.detail()).stored(), null);
            case UNAVAILABLE -> backoff.next(sent.attempts(), clock.instant()).ifPresentOrElse(
                    retryAt -> actions.markFailed(sent.id(),
                            new FailureReason(FailureReason.UNAVAILABLE, outcome.detail()).stored(), retryAt),
                    () -> actions.markFailed(sent.id(),
                            new FailureReason(FailureReason.GAVE_UP, outcome.detail()).stored(), null));
        }
        return false;
    }
}
