package com.storedesk.inventory.count;

import java.util.Objects;

/**
 * A finished count and what it sent on.
 *
 * @param tolerance what the count was compared with
 * @param awaitingApproval adjustments proposed that wait in the approval inbox
 * @param approvedByPolicy adjustments the approval policy let through at once (small values)
 */
public record CountResult(CountSheet sheet, CountTolerance tolerance, int awaitingApproval, int approvedByPolicy) {

    public CountResult {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(tolerance, "tolerance");
    }

    /** Every adjustment the count proposed. */
    public int proposed() {
        return awaitingApproval + approvedByPolicy;
    }
}
