package com.storedesk.actions.propose;

import static com.storedesk.actions.propose.Shelf.NOW;
import static com.storedesk.actions.propose.Shelf.STORE;
import static com.storedesk.actions.propose.Shelf.TODAY;
import static com.storedesk.actions.propose.Shelf.perishable;
import static com.storedesk.actions.propose.Shelf.product;
import static com.storedesk.actions.propose.Shelf.stock;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.Proposer;
import com.storedesk.data.facts.ProductFacts;
import com.storedesk.data.facts.StockFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClearanceProposerTest {

    private final ClearanceProposer proposer = new ClearanceProposer(null, null);
    private final SalesWindow window = SalesWindow.before(TODAY, ClearanceProposer.WINDOW_DAYS);

    @Test
    void stockForMoreThanTwoWeeksOfSalesGetsASmallDiscountOnTheNextSales() {
        // 1 a day: 14 on hand is exactly two weeks (left alone), 20 is 20 days (5 %), 40 is 40 days (10 %).
        List<Proposal> proposals = propose(List.of(product(1, 2_000), product(2, 2_000), product(3, 2_000)),
                List.of(stock(1, "14", "1", 28, null), stock(2, "20", "1", 28, null), stock(3, "40", "1", 28, null)));

        assertThat(proposals).extracting(p -> ((ActionChange.SaleDiscount) p.change()).productId())
                .containsExactly(3L, 2L);
        ActionChange.SaleDiscount deep = (ActionChange.SaleDiscount) proposals.get(0).change();
        ActionChange.SaleDiscount small = (ActionChange.SaleDiscount) proposals.get(1).change();
        assertThat(deep.percent()).isEqualByComparingTo("10");
        assertThat(small.percent()).isEqualByComparingTo("5");
        assertThat(small.saleId()).as("the next sales, not one sale").isNull();
        assertThat(small.amountMinor()).isEqualTo(100);
        Proposal first = proposals.get(1);
        assertThat(first.proposer()).isEqualTo(Proposer.rule("clearance"));
        assertThat(first.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(first.rationale().key()).isEqualTo("action.rationale.clearance");
        assertThat(first.evidence().figures()).extracting(f -> f.key() + "=" + f.figure().value())
                .contains("action.figure.onHand=20", "action.figure.daysOfCover=20", "action.figure.dailyRate=1");
        assertThat(first.evidence().series()).hasSize(28);
    }

    @Test
    void unsoldStockGetsTheLargerDiscountAndItsOwnWords() {
        List<Proposal> proposals = propose(List.of(product(1, 2_000)), List.of(stock(1, "6", "0", 28, null)));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(((ActionChange.SaleDiscount) p.change()).percent()).isEqualByComparingTo("10");
            assertThat(p.rationale().key()).isEqualTo("action.rationale.clearanceNoSales");
        });
    }

    @Test
    void perishablesSmallSurplusesAndEmptyShelvesAreLeftAlone() {
        List<Proposal> proposals = propose(
                List.of(perishable(1, 2_000, 30), product(2, 300), product(3, 2_000)),
                List.of(stock(1, "40", "1", 28, null), stock(2, "20", "1", 28, null), stock(3, "0", "0", 28, null)));

        assertThat(proposals).as("cheese is for markdowns; 6 surplus units at 3.00 are not worth a look").isEmpty();
    }

    @Test
    void onlyTheTenLargestSurplusesReachTheInbox() {
        List<ProductFacts> products = new ArrayList<>();
        List<StockFacts> stock = new ArrayList<>();
        for (long id = 1; id <= 15; id++) {
            products.add(product(id, 1_000 * id));
            stock.add(stock(id, "30", "1", 28, null));
        }
        assertThat(propose(products, stock)).extracting(p -> ((ActionChange.SaleDiscount) p.change()).productId())
                .containsExactly(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L);
    }

    private List<Proposal> propose(List<ProductFacts> products, List<StockFacts> stock) {
        Map<Long, ProductFacts> catalog = products.stream()
                .collect(Collectors.toMap(ProductFacts::productId, Function.identity()));
        return proposer.proposals(STORE, NOW, window, stock, catalog);
    }
}
