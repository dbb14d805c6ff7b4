package com.storedesk.actions.propose;

import com.storedesk.actions.Proposal;
import com.storedesk.data.StoreSummary;
import java.time.Instant;
import java.util.List;

/** Something that suggests actions for a store from what is known at a moment. Blocking. */
public interface ActionProposer {

    /** The proposer's name, as proposals and the audit carry it. */
    String name();

    /** What this proposer suggests for the store at {@code at}, from facts up to that moment. */
    List<Proposal> propose(StoreSummary store, Instant at);
}
