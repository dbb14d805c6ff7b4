package com.storedesk.ingest;

import com.storedesk.core.event.RefundRecorded;
import java.util.HashSet;
import java.util.Set;

/** What must hold for a refund on its own; the sale it refunds is checked in {@link ReferenceChecks}. */
final class RefundChecks {

    private RefundChecks() {
    }

    static void check(RefundRecorded refund, FirstProblem problem) {
        problem.fits(refund.storeExternalId(), "storeExternalId", 128)
                .fits(refund.reason(), "reason", 500)
                .check(refund.amountMinor() > 0, RejectReason.INVALID_AMOUNT, "amountMinor must be positive");
        Set<Integer> lineNos = new HashSet<>();
        long sum = 0;
        for (RefundRecorded.Line line : refund.lines()) {
            problem.in("line", line.lineNo())
                    .check(line.lineNo() > 0, RejectReason.INVALID_VALUE, "line number is not positive")
                    .check(lineNos.add(line.lineNo()), RejectReason.INVALID_VALUE, "line number appears twice")
                    .positiveQuantity(line.quantity(), "quantity")
                    .notNegative(line.amountMinor(), "amountMinor");
            sum += Math.max(0, line.amountMinor());
        }
        problem.whole().check(refund.lines().isEmpty() || sum == refund.amountMinor(), RejectReason.INVALID_AMOUNT,
                "the lines add up to " + sum + " but the refund is " + refund.amountMinor());
    }
}
