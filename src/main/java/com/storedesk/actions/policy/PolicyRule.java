package com.storedesk.actions.policy;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * "A {@code type} whose {@code measure} is over {@code threshold} needs {@code level}". Over means
 * strictly greater: an action exactly at the threshold stays below it (a 15 % discount under a
 * "discounts over 15 %" rule does not fire it).
 */
public record PolicyRule(ActionType type, Measure measure, BigDecimal threshold, ApprovalLevel level) {

    public PolicyRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(level, "level");
        if (!Measure.forType(type).contains(measure)) {
            throw new IllegalArgumentException(measure + " means nothing for " + type);
        }
        // 15, 15.0 and 15.000 (as the database returns it) are one threshold.
        threshold = threshold.stripTrailingZeros();
        if (threshold.scale() < 0) {
            threshold = threshold.setScale(0);
        }
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("A threshold is zero or more: " + threshold);
        }
        if (level == ApprovalLevel.AUTOMATIC) {
            throw new IllegalArgumentException("A rule names who must approve; automatic is what no rule asks for");
        }
    }

    public boolean fires(ActionChange change) {
        return change.type() == type && measure.of(change).map(value -> value.compareTo(threshold) > 0).orElse(false);
    }

    /** A stable name such as {@code SALE_DISCOUNT.PERCENT>15}, for the audit and the detail pane. */
    public String describe() {
        return type + "." + measure + ">" + threshold.stripTrailingZeros().toPlainString();
    }
}
