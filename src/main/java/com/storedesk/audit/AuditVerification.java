package com.storedesk.audit;

import java.util.Optional;

/**
 * What walking the chain found.
 *
 * @param entries  how many entries were read
 * @param headHash the last entry's stored hash ({@link AuditHash#GENESIS} for an empty trail); kept
 *                 somewhere else, it lets a later check notice entries removed from the end, which
 *                 the chain alone cannot
 * @param problem  the first break, empty when every entry checks out
 */
public record AuditVerification(long entries, String headHash, Optional<AuditProblem> problem) {

    public boolean ok() {
        return problem.isEmpty();
    }
}
