package com.storedesk.actions.policy;

import static com.storedesk.actions.Changes.adjustment;
import static com.storedesk.actions.Changes.discount;
import static com.storedesk.actions.Changes.markdown;
import static com.storedesk.actions.Changes.order;
import static com.storedesk.actions.Changes.priceChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default policy on both sides of every threshold. "Over" is strictly greater: a value exactly
 * at a threshold stays at the level below it.
 */
class PolicyRouterTest {

    private final PolicyRouter router = new PolicyRouter();
    private final ApprovalPolicy policy = ApprovalPolicy.defaults();

    @Test
    void discountsOver15PercentNeedAStoreManager() {
        assertRouted(discount("10"), ApprovalLevel.AUTOMATIC, null);
        assertRouted(discount("15"), ApprovalLevel.AUTOMATIC, null);
        assertRouted(discount("15.01"), ApprovalLevel.STORE_MANAGER, "SALE_DISCOUNT.PERCENT>15");
        assertRouted(discount("60"), ApprovalLevel.STORE_MANAGER, "SALE_DISCOUNT.PERCENT>15");
    }

    @Test
    void markdownsDeeperThan25PercentNeedAStoreManagerAndOnItemsOver500ADistrictManager() {
        assertRouted(markdown(1_000, 800), ApprovalLevel.AUTOMATIC, null);
        assertRouted(markdown(1_000, 750), ApprovalLevel.AUTOMATIC, null);
        assertRouted(markdown(1_000, 749), ApprovalLevel.STORE_MANAGER, "MARKDOWN.PERCENT>25");
        assertRouted(markdown(50_000, 45_000), ApprovalLevel.AUTOMATIC, null);
        assertRouted(markdown(50_001, 45_000), ApprovalLevel.DISTRICT_MANAGER, "MARKDOWN.UNIT_PRICE>500");
        assertRouted(markdown(60_000, 30_000), ApprovalLevel.DISTRICT_MANAGER, "MARKDOWN.UNIT_PRICE>500");
    }

    @Test
    void everyPriceChangeNeedsAStoreManagerAndOver20PercentOrOn500ADistrictManager() {
        assertRouted(priceChange(1_000, 1_100), ApprovalLevel.STORE_MANAGER, "PRICE_CHANGE.PERCENT>0");
        assertRouted(priceChange(1_000, 1_200), ApprovalLevel.STORE_MANAGER, "PRICE_CHANGE.PERCENT>0");
        assertRouted(priceChange(1_000, 1_201), ApprovalLevel.DISTRICT_MANAGER, "PRICE_CHANGE.PERCENT>20");
        assertRouted(priceChange(1_000, 799), ApprovalLevel.DISTRICT_MANAGER, "PRICE_CHANGE.PERCENT>20");
        assertRouted(priceChange(49_000, 50_000), ApprovalLevel.STORE_MANAGER, "PRICE_CHANGE.PERCENT>0");
        assertRouted(priceChange(49_000, 50_001), ApprovalLevel.DISTRICT_MANAGER, "PRICE_CHANGE.UNIT_PRICE>500");
        assertRouted(priceChange(50_001, 49_000), ApprovalLevel.DISTRICT_MANAGER, "PRICE_CHANGE.UNIT_PRICE>500");
    }

    @Test
    void purchaseOrdersOver1000NeedAStoreManagerAndOver5000ADistrictManager() {
        assertRouted(order(100, 1_000), ApprovalLevel.AUTOMATIC, null);
        assertRouted(order(100, 1_001), ApprovalLevel.STORE_MANAGER, "PURCHASE_ORDER.AMOUNT>1000");
        assertRouted(order(500, 1_000), ApprovalLevel.STORE_MANAGER, "PURCHASE_ORDER.AMOUNT>1000");
        assertRouted(order(500, 1_001), ApprovalLevel.DISTRICT_MANAGER, "PURCHASE_ORDER.AMOUNT>5000");
    }

    @Test
    void stockAdjustmentsWorthOver1000NeedAStoreManagerWhetherLossOrGain() {
        assertRouted(adjustment(10, 10_000), ApprovalLevel.AUTOMATIC, null);
        assertRouted(adjustment(10, 10_001), ApprovalLevel.STORE_MANAGER, "STOCK_ADJUSTMENT.AMOUNT>1000");
        assertRouted(adjustment(-10, 10_001), ApprovalLevel.STORE_MANAGER, "STOCK_ADJUSTMENT.AMOUNT>1000");
    }

    @Test
    void aTypeWithoutRulesAppliesAutomaticallyAndEditedThresholdsTakeEffect() {
        ApprovalPolicy strict = new ApprovalPolicy(List.of(new PolicyRule(ActionType.SALE_DISCOUNT, Measure.PERCENT,
                BigDecimal.valueOf(5), ApprovalLevel.DISTRICT_MANAGER)));
        assertThat(router.route(strict, discount("6")).level()).isEqualTo(ApprovalLevel.DISTRICT_MANAGER);
        assertThat(router.route(strict, order(10_000, 10_000)).level()).isEqualTo(ApprovalLevel.AUTOMATIC);
    }

    @Test
    void aRuleMustMeanSomethingForItsType() {
        assertThatThrownBy(() -> new PolicyRule(ActionType.PURCHASE_ORDER, Measure.PERCENT, BigDecimal.TEN,
                ApprovalLevel.STORE_MANAGER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolicyRule(ActionType.SALE_DISCOUNT, Measure.PERCENT, BigDecimal.TEN,
                ApprovalLevel.AUTOMATIC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApprovalPolicy(List.of(
                new PolicyRule(ActionType.SALE_DISCOUNT, Measure.PERCENT, BigDecimal.TEN, ApprovalLevel.STORE_MANAGER),
                new PolicyRule(ActionType.SALE_DISCOUNT, Measure.PERCENT, BigDecimal.ONE, ApprovalLevel.STORE_MANAGER))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRouted(ActionChange change, ApprovalLevel level, String rule) {
        Routing routing = router.route(policy, change);
        assertThat(routing.level()).as("%s", change).isEqualTo(level);
        assertThat(routing.rule() == null ? null : routing.rule().describe()).as("rule for %s", change).isEqualTo(rule);
    }
}
