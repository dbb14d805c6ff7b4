package com.storedesk.actions;

import java.util.List;
import java.util.Map;

/** What a bulk approval did: the actions approved, and why each of the others was refused. */
public record BulkApproval(List<ProposedAction> approved, Map<Long, ActionRefusedException.Reason> refused) {

    public BulkApproval {
        approved = List.copyOf(approved);
        refused = Map.copyOf(refused);
    }
}
