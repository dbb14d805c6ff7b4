package com.storedesk.inventory.count;

import com.storedesk.actions.ActionStatus;
import java.util.Map;
import java.util.Objects;

/**
 * A finished count and what it sent on.
 *
 * @param tolerance what the count was compared with
 * @param adjustments the status of the adjustment proposed for each line beyond the tolerance, by line id
 */
public record CountResult(CountSheet sheet, CountTolerance tolerance, Map<Long, ActionStatus> adjustments) {

    public CountResult {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(tolerance, "tolerance");
        adjustments = Map.copyOf(adjustments);
    }

    /** Every adjustment the count proposed. */
    public int proposed() {
        return adjustments.size();
    }

    /** Adjustments that wait for a person in the approval inbox. */
    public int awaitingApproval() {
        return (int) adjustments.values().stream().filter(ActionStatus.PROPOSED::equals).count();
    }

    /** Adjustments the approval policy let through at once (small values). */
    public int approvedByPolicy() {
        return proposed() - awaitingApproval();
    }

    /** Whether the line's adjustment waits for approval; false for a line without one. */
    public boolean awaitsApproval(CountLine line) {
        return adjustments.get(line.id()) == ActionStatus.PROPOSED;
    }
}
