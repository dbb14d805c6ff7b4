package com.storedesk.actions.policy;

import com.storedesk.actions.ActionChange;
import java.util.Comparator;

/**
 * Routes a change to the level that must approve it: of the rules for its type that fire, the one
 * with the highest level decides (and of two at that level, the one listed first in the policy's
 * order, so the named rule is stable); when none fires the change applies automatically. The
 * policy's built-in rules ({@link ApprovalPolicy#BUILT_IN}) count as if the policy listed them.
 */
public final class PolicyRouter {

    public Routing route(ApprovalPolicy policy, ActionChange change) {
        return policy.rulesInForceFor(change.type()).stream()
                .filter(rule -> rule.fires(change))
                .max(Comparator.comparing(PolicyRule::level).thenComparing(PolicyRule::measure,
                        Comparator.reverseOrder()))
                .map(rule -> new Routing(rule.level(), rule))
                .orElse(Routing.automatic());
    }
}
