package com.storedesk.actions.propose;

import static com.storedesk.actions.propose.Shelf.NOW;
import static com.storedesk.actions.propose.Shelf.STORE;
import static com.storedesk.actions.propose.Shelf.USD;
import static com.storedesk.actions.propose.Shelf.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Proposal;
import com.storedesk.data.facts.CountCorrection;
import com.storedesk.data.facts.ProductFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountDiscrepancyProposerTest {

    private final CountDiscrepancyProposer proposer = new CountDiscrepancyProposer(null, null);

    @Test
    void aCountBelowWhatTheSystemExpectedIsProposedAsShrinkValuedAtCost() {
        List<Proposal> proposals = proposer.proposals(STORE, NOW,
                List.of(correction(1, "2026-11-20T23:00:00Z", "-4", "6")), Map.of(1L, product(1, 2_000)));

        assertThat(proposals).singleElement().satisfies(proposal -> {
            ActionChange.StockAdjustment adjustment = (ActionChange.StockAdjustment) proposal.change();
            assertThat(adjustment.systemLevel()).isEqualByComparingTo("10");
            assertThat(adjustment.countedLevel()).isEqualByComparingTo("6");
            assertThat(adjustment.delta()).isEqualByComparingTo("-4");
            assertThat(adjustment.reason()).isEqualTo(ActionChange.AdjustmentReason.SHRINK);
            assertThat(adjustment.valueMinor()).as("4 at a cost of 10.00").isEqualTo(-4_000);
            assertThat(proposal.rationale().key()).isEqualTo("action.rationale.countShrink");
            assertThat(proposal.evidence().figures()).extracting(f -> f.key() + "=" + f.figure().value())
                    .contains("action.figure.counted=6", "action.figure.expected=10",
                            "action.figure.countedOn=2026-11-20");
        });
    }

    @Test
    void aGainIsFoundGoodsValuedAtThePriceWithoutACostAndOnlyTheLatestCountCounts() {
        ProductFacts noCost = new ProductFacts(2, "SKU-2", "Product 2", "Pantry", 500, null, USD, false, null);
        List<Proposal> proposals = proposer.proposals(STORE, NOW, List.of(
                correction(2, "2026-11-19T23:00:00Z", "-1", "3"),
                correction(2, "2026-11-21T23:00:00Z", "2", "9"),
                correction(3, "2026-11-21T23:00:00Z", "0", "9")), Map.of(2L, noCost, 3L, product(3, 100)));

        assertThat(proposals).singleElement().satisfies(proposal -> {
            ActionChange.StockAdjustment adjustment = (ActionChange.StockAdjustment) proposal.change();
            assertThat(adjustment.reason()).isEqualTo(ActionChange.AdjustmentReason.FOUND);
            assertThat(adjustment.countedLevel()).isEqualByComparingTo("9");
            assertThat(adjustment.valueMinor()).isEqualTo(1_000);
            assertThat(proposal.rationale().key()).isEqualTo("action.rationale.countFound");
        });
    }

    private static CountCorrection correction(long productId, String at, String delta, String counted) {
        return new CountCorrection(productId, Instant.parse(at), new BigDecimal(delta), new BigDecimal(counted));
    }
}
