package com.storedesk.ui.settings;

import com.storedesk.actions.ActionType;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.policy.PolicyRule;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The approval policy as an administrator edits it in Settings: rows that may be added, removed and
 * changed freely, checked into an {@link ApprovalPolicy} only when saved. Numbers are read and
 * written in the screen's language ("15,5" in German, "15.5" in English).
 */
final class PolicyDraft {

    /** What checking the rows gives: a policy to save, or the problem that stops it. */
    sealed interface Outcome permits Valid, Invalid {
    }

    record Valid(ApprovalPolicy policy) implements Outcome {
    }

    /** A message key, its arguments, and the row (from 1, as on screen) to mark. */
    record Invalid(String messageKey, int row, Object... args) implements Outcome {
    }

    final ObservableList<DraftRule> rules = FXCollections.observableArrayList(DraftRule::edits);
    /** True once anything differs from what was last loaded. */
    final BooleanProperty edited = new SimpleBooleanProperty(false);

    private final Locale locale;

    PolicyDraft(Locale locale) {
        this.locale = locale;
        rules.addListener((ListChangeListener<DraftRule>) change -> edited.set(true));
    }

    /** Shows {@code policy}; {@code asEdit} leaves it marked as an unsaved change (restoring the defaults). */
    void show(ApprovalPolicy policy, boolean asEdit) {
        rules.setAll(policy.rules().stream().map(this::draftOf).toList());
        edited.set(asEdit);
    }

    DraftRule add() {
        DraftRule rule = new DraftRule(ActionType.SALE_DISCOUNT, Measure.PERCENT, "", ApprovalLevel.STORE_MANAGER);
        rules.add(rule);
        return rule;
    }

    void remove(DraftRule rule) {
        rules.remove(rule);
    }

    /** The policy the rows say, or the first problem found. */
    Outcome check() {
        rules.forEach(rule -> rule.invalid.set(false));
        List<PolicyRule> checked = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            DraftRule draft = rules.get(i);
            int row = i + 1;
            Optional<BigDecimal> threshold = parse(draft.threshold.get());
            if (threshold.isEmpty()) {
                return mark(new Invalid("settings.policy.error.threshold", row, row));
            }
            String key = draft.type.get() + "/" + draft.measure.get() + "/" + draft.level.get();
            Integer earlier = firstRowOf.putIfAbsent(key, row);
            if (earlier != null) {
                return mark(new Invalid("settings.policy.error.duplicate", row, row, earlier));
            }
            checked.add(new PolicyRule(draft.type.get(), draft.measure.get(), threshold.get(), draft.level.get()));
        }
        return new Valid(new ApprovalPolicy(checked));
    }

    private Invalid mark(Invalid problem) {
        rules.get(problem.row() - 1).invalid.set(true);
        return problem;
    }

    private DraftRule draftOf(PolicyRule rule) {
        return new DraftRule(rule.type(), rule.measure(), format(rule.threshold()), rule.level());
    }

    String format(BigDecimal threshold) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        return format.format(threshold);
    }

    /** A number of zero or more, the whole text of it; a trailing percent sign is allowed. */
    Optional<BigDecimal> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.endsWith("%")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length()) {
            return Optional.empty();
        }
        BigDecimal value = (BigDecimal) parsed;
        return value.signum() < 0 ? Optional.empty() : Optional.of(value);
    }
}
