package com.storedesk.actions.policy;

import com.storedesk.actions.ActionType;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every rule in force. Types without a rule that fires apply automatically. The defaults are also
 * what V7 writes into a new database (a test keeps the two equal).
 */
public record ApprovalPolicy(List<PolicyRule> rules) {

    private static final Comparator<PolicyRule> ORDER = Comparator.comparing(PolicyRule::type)
            .thenComparing(PolicyRule::measure).thenComparing(PolicyRule::level);

    public ApprovalPolicy {
        rules = rules.stream().sorted(ORDER).toList();
        Set<String> seen = new HashSet<>();
        for (PolicyRule rule : rules) {
            if (!seen.add(rule.type() + "/" + rule.measure() + "/" + rule.level())) {
                throw new IllegalArgumentException("Two thresholds for " + rule.type() + " " + rule.measure()
                        + " to " + rule.level());
            }
        }
    }

    /**
     * Discounts over 15 % need a store manager; markdowns deeper than 25 % a store manager, and on
     * items priced over 500 a district manager; every price change a store manager, over 20 % or on
     * items over 500 a district manager; purchase orders over 1,000 a store manager and over 5,000 a
     * district manager; stock adjustments worth over 1,000 a store manager.
     */
    public static ApprovalPolicy defaults() {
        return new ApprovalPolicy(List.of(
                rule(ActionType.SALE_DISCOUNT, Measure.PERCENT, 15, ApprovalLevel.STORE_MANAGER),
                rule(ActionType.MARKDOWN, Measure.PERCENT, 25, ApprovalLevel.STORE_MANAGER),
                rule(ActionType.MARKDOWN, Measure.UNIT_PRICE, 500, ApprovalLevel.DISTRICT_MANAGER),
                rule(ActionType.PRICE_CHANGE, Measure.PERCENT, 0, ApprovalLevel.STORE_MANAGER),
                rule(ActionType.PRICE_CHANGE, Measure.PERCENT, 20, ApprovalLevel.DISTRICT_MANAGER),
                rule(ActionType.PRICE_CHANGE, Measure.UNIT_PRICE, 500, ApprovalLevel.DISTRICT_MANAGER),
                rule(ActionType.PURCHASE_ORDER, Measure.AMOUNT, 1000, ApprovalLevel.STORE_MANAGER),
                rule(ActionType.PURCHASE_ORDER, Measure.AMOUNT, 5000, ApprovalLevel.DISTRICT_MANAGER),
                rule(ActionType.STOCK_ADJUSTMENT, Measure.AMOUNT, 1000, ApprovalLevel.STORE_MANAGER)));
    }

    /**
     * Rules in force whatever the policy says, which an administrator cannot remove: every help
     * request goes to a store manager (a district manager stands in), so none is "approved" by no one.
     * A policy may still send help requests higher with a rule of its own.
     */
    public static final List<PolicyRule> BUILT_IN = List.of(
            rule(ActionType.ASSISTANCE, Measure.EVERY, 0, ApprovalLevel.STORE_MANAGER));

    public List<PolicyRule> rulesFor(ActionType type) {
        return rules.stream().filter(rule -> rule.type() == type).toList();
    }

    /** The policy's rules for the type, then the built-in ones. */
    public List<PolicyRule> rulesInForceFor(ActionType type) {
        return Stream.concat(rulesFor(type).stream(),
                BUILT_IN.stream().filter(rule -> rule.type() == type)).toList();
    }

    private static PolicyRule rule(ActionType type, Measure measure, long threshold, ApprovalLevel level) {
        return new PolicyRule(type, measure, BigDecimal.valueOf(threshold), level);
    }
}
