package com.storedesk.actions;

import java.time.Instant;
import java.util.Objects;

/** What a proposer suggests for one store, before it is stored, routed and given an id. */
public record Proposal(long storeId, ActionChange change, Rationale rationale, Evidence evidence, Proposer proposer,
        Instant expiresAt) {

    public Proposal {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
