package com.storedesk.actions.policy;

import java.util.Objects;

/**
 * Where the policy sent an action and why.
 *
 * @param rule the rule that decided: the highest level among those that fired; null when none did and
 *     the action applies automatically
 */
public record Routing(ApprovalLevel level, PolicyRule rule) {

    public Routing {
        Objects.requireNonNull(level, "level");
        if ((rule == null) != (level == ApprovalLevel.AUTOMATIC) || rule != null && rule.level() != level) {
            throw new IllegalArgumentException("A level other than automatic comes from its rule");
        }
    }

    public static Routing automatic() {
        return new Routing(ApprovalLevel.AUTOMATIC, null);
    }
}
