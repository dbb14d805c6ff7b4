package com.storedesk.actions.outbox;

import com.storedesk.actions.ProposedAction;

/**
 * Applies an approved action at its store's POS. Implementations (the composition root maps to
 * the store's connector) must apply an idempotency key at most once, however often it is sent:
 * the outbox sends again whenever it cannot know whether a send arrived.
 */
@FunctionalInterface
public interface ActionExecutor {

    /**
     * @return what happened; an unchecked exception means the outcome is unknown (the outbox sends
     *         again later with the same key)
     */
    ExecutionOutcome execute(ProposedAction action);
}
