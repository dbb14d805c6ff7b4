package com.storedesk.actions;

import static com.storedesk.actions.ActionsDatabase.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.policy.PolicyRouter;
import com.storedesk.actions.policy.Routing;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionTextTest {

    private final ActionText english = new ActionText(new Messages(Language.ENGLISH));

    @Test
    void aRationaleIsWordedWithItsFiguresFormatted() {
        Rationale rationale = Rationale.of("action.rationale.clearanceNoSales", Figure.text("Dutch Oven"),
                Figure.quantity(new BigDecimal("6")), Figure.count(28), Figure.percent(BigDecimal.TEN));

        assertThat(english.rationale(rationale))
                .isEqualTo("Dutch Oven: 6 on hand and none sold in the last 28 days. 10% off its next sales would help"
                        + " clear it.");
    }

    @Test
    void aChangeShowsBeforeAndAfter() {
        assertThat(english.change(Changes.markdown(1_000, 700)))
                .isEqualTo("Aged Gouda: $7.00 instead of $10.00 until Nov 25, 2026");
        assertThat(english.change(Changes.discount("5"))).isEqualTo("Notebook: 5% off its next sales, $19.00 instead of $20.00");
        assertThat(english.change(Changes.order(3, 250))).isEqualTo("One line from Distribution centre, $7.50 in total");
        assertThat(english.change(Changes.adjustment(4, 1_000)))
                .isEqualTo("Reserve Cabernet: 16 counted, 20 expected; book 4 as shrink");
        assertThat(english.change(Changes.priceChange(1_000, 1_250))).isEqualTo("Dutch Oven: $12.50 instead of $10.00");
    }

    @Test
    void theRoutingNamesTheRuleAndTheLevel() {
        Routing routing = new PolicyRouter().route(ApprovalPolicy.defaults(), Changes.order(600, 1_000));

        assertThat(english.routing(routing, USD)).isEqualTo("Amount over $5,000: District manager");
        assertThat(english.routing(Routing.automatic(), USD)).isEqualTo("Below every threshold: applies automatically");
        assertThat(english.proposer(Proposer.model("briefing", "gpt-4o-mini", "markdowns", "2")))
                .isEqualTo("briefing with gpt-4o-mini (prompt markdowns, version 2)");
        assertThat(english.proposer(Proposer.rule("clearance"))).isEqualTo("Rule clearance of overstock");
        assertThat(english.proposer(Proposer.rule("a-later-rule"))).isEqualTo("Rule a-later-rule");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyNameAndFigureHasWordsInEveryLanguage(Language language) {
        ActionText text = new ActionText(new Messages(language));
        List<String> words = new java.util.ArrayList<>();
        for (ActionType type : ActionType.values()) {
            words.add(text.type(type));
        }
        for (ActionStatus status : ActionStatus.values()) {
            words.add(text.status(status));
        }
        for (ApprovalLevel level : ApprovalLevel.values()) {
            words.add(text.level(level));
        }
        for (Measure measure : Measure.values()) {
            words.add(text.measure(measure));
        }
        for (ActionRefusedException.Reason reason : ActionRefusedException.Reason.values()) {
            words.add(text.refusal(reason));
        }
        for (ActionChange.AdjustmentReason reason : ActionChange.AdjustmentReason.values()) {
            words.add(text.reason(reason));
        }
        words.add(text.figure(Figure.days(new BigDecimal("2.5"))));
        words.add(text.figure(Figure.date(LocalDate.of(2026, 11, 20))));
        words.add(text.figure(Figure.money(12_345, USD)));
        assertThat(words).allSatisfy(word -> assertThat(word).isNotBlank().doesNotStartWith("!"));
        assertThat(words).doesNotHaveDuplicates();
    }
}
