package com.storedesk.actions.propose;

import com.storedesk.actions.ActionService;
import com.storedesk.actions.Proposal;
import com.storedesk.data.StoreSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One pass of every proposer over every store: first what has expired is expired, then each
 * proposal goes to the action service (which stores a repeated one only once). Blocking.
 */
public final class ProposalRound {

    private final List<ActionProposer> proposers;
    private final ActionService actions;

    public ProposalRound(List<ActionProposer> proposers, ActionService actions) {
        this.proposers = List.copyOf(proposers);
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    public List<ActionProposer> proposers() {
        return proposers;
    }

    /** Runs the round at {@code at} and returns how many proposals the proposers made. */
    public int run(List<StoreSummary> stores, Instant at) {
        actions.expireDue();
        int proposed = 0;
        for (StoreSummary store : stores) {
            for (ActionProposer proposer : proposers) {
                for (Proposal proposal : proposer.propose(store, at)) {
                    actions.propose(proposal);
                    proposed++;
                }
            }
        }
        return proposed;
    }
}
