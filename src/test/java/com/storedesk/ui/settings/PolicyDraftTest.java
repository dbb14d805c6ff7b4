package com.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionType;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.actions.policy.Measure;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PolicyDraftTest {

    @Test
    void thresholdsAreReadInTheScreensLanguageWholeOrNotAtAll() {
        PolicyDraft english = new PolicyDraft(Locale.ENGLISH);
        PolicyDraft french = new PolicyDraft(Locale.FRENCH);

        assertThat(english.parse(" 15 % ")).contains(new BigDecimal("15"));
        assertThat(english.parse("12.5")).contains(new BigDecimal("12.5"));
        assertThat(french.parse("12,5")).contains(new BigDecimal("12.5"));
        assertThat(english.parse("0")).contains(BigDecimal.ZERO);
        assertThat(english.parse("-1")).as("negative").isEmpty();
        assertThat(english.parse("12abc")).as("trailing text").isEmpty();
        assertThat(english.parse("")).isEmpty();
        assertThat(french.format(new BigDecimal("5000"))).as("no grouping to trip over").isEqualTo("5000");
        assertThat(french.format(new BigDecimal("12.5"))).isEqualTo("12,5");
    }

    @Test
    void theDefaultsRoundTripUnchanged() {
        PolicyDraft draft = new PolicyDraft(Locale.GERMAN);
        draft.show(ApprovalPolicy.defaults(), false);

        assertThat(draft.edited.get()).isFalse();
        assertThat(draft.check()).isEqualTo(new PolicyDraft.Valid(ApprovalPolicy.defaults()));
    }

    @Test
    void aRepeatedRuleNamesBothRowsAndMarksTheLaterOne() {
        PolicyDraft draft = new PolicyDraft(Locale.ENGLISH);
        draft.show(ApprovalPolicy.defaults(), false);
        DraftRule added = draft.add();
        added.threshold.set("40");

        PolicyDraft.Outcome outcome = draft.check();

        assertThat(draft.edited.get()).isTrue();
        assertThat(outcome).isInstanceOf(PolicyDraft.Invalid.class);
        PolicyDraft.Invalid invalid = (PolicyDraft.Invalid) outcome;
        assertThat(invalid.messageKey()).isEqualTo("settings.policy.error.duplicate");
        assertThat(invalid.args()).containsExactly(draft.rules.size(), 1);
        assertThat(added.invalid.get()).isTrue();
        assertThat(draft.rules.get(0).invalid.get()).isFalse();
    }

    @Test
    void choosingATypeKeepsTheMeasureMeaningful() {
        DraftRule rule = new DraftRule(ActionType.SALE_DISCOUNT, Measure.UNIT_PRICE, "1", ApprovalLevel.STORE_MANAGER);

        rule.type.set(ActionType.MARKDOWN);
        assertThat(rule.measure.get()).as("a markdown has a unit price too").isEqualTo(Measure.UNIT_PRICE);
        rule.type.set(ActionType.STOCK_ADJUSTMENT);
        assertThat(rule.measure.get()).isEqualTo(Measure.AMOUNT);
    }
}
