package com.storedesk.actions;

import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;

/**
 * Who may see and decide actions: the one place the action service asks, so a shared store-access
 * check can replace the scope test here without touching the service.
 *
 * <ul>
 *   <li>Store managers decide what the policy sends to a store manager (and what applies
 *       automatically, when they edit it) in their own stores;</li>
 *   <li>district managers decide both levels in their stores: a district manager stands in for an
 *       absent store manager;</li>
 *   <li>administrators (IT) see every action, to follow the outbox, but decide none: approving a
 *       discount is a business decision;</li>
 *   <li>associates neither see nor decide.</li>
 * </ul>
 */
public final class Approvers {

    public boolean maySee(UserSession session, long storeId) {
        return session.role() != Role.ASSOCIATE && session.canSeeStore(storeId);
    }

    public boolean mayDecide(UserSession session, ApprovalLevel level, long storeId) {
        if (!session.canSeeStore(storeId)) {
            return false;
        }
        return switch (session.role()) {
            case STORE_MANAGER -> level != ApprovalLevel.DISTRICT_MANAGER;
            case DISTRICT_MANAGER -> true;
            case ASSOCIATE, ADMINISTRATOR -> false;
        };
    }

    /** Whether the session may list actions at all (any store). */
    public boolean mayList(UserSession session) {
        return session.role() != Role.ASSOCIATE;
    }
}
