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
import com.storedesk.data.facts.ProductFacts;
import com.storedesk.data.facts.StockFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PerishableMarkdownProposerTest {

    private final PerishableMarkdownProposer proposer = new PerishableMarkdownProposer(null, null);
    private final SalesWindow window = SalesWindow.before(TODAY, PerishableMarkdownProposer.WINDOW_DAYS);

    @Test
    void stockThatWillNotSellBeforeItSpoilsIsMarkedDownDeeperNearItsEnd() {
        // A 7-day cheese delivered 6 days ago: one day left, 2 a day sell, 10 on hand: 8 spare, 30 % off.
        // A 21-day cheese delivered 2 days ago: 19 days left at 0.5 a day, 20 on hand: 10.5 spare, 20 % off.
        List<Proposal> proposals = propose(List.of(perishable(1, 1_000, 7), perishable(2, 1_000, 21)),
                List.of(stock(1, "10", "2", 14, daysAgo(6)), stock(2, "20", "0.5", 14, daysAgo(2))));

        assertThat(proposals).hasSize(2);
        ActionChange.Markdown slow = markdown(proposals.get(0));
        ActionChange.Markdown near = markdown(proposals.get(1));
        assertThat(near.productId()).isEqualTo(1);
        assertThat(near.toPriceMinor()).isEqualTo(700);
        assertThat(near.until()).as("the last day of its shelf life").isEqualTo(TODAY);
        assertThat(proposals.get(1).rationale().key()).isEqualTo("action.rationale.nearExpiry");
        assertThat(slow.productId()).isEqualTo(2);
        assertThat(slow.toPriceMinor()).isEqualTo(800);
        assertThat(slow.until()).isEqualTo(TODAY.plusDays(18));
        assertThat(proposals.get(0).rationale().key()).isEqualTo("action.rationale.slowPerishable");
        assertThat(proposals.get(0).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(proposals.get(1).evidence().figures()).extracting(f -> f.key() + "=" + f.figure().value())
                .contains("action.figure.daysLeft=1", "action.figure.surplus=8", "action.figure.shelfLife=7");
    }

    @Test
    void whatSellsInTimeIsLeftAlone() {
        assertThat(propose(List.of(perishable(1, 1_000, 7)), List.of(stock(1, "10", "2", 14, daysAgo(2)))))
                .as("5 days left at 2 a day sells 10").isEmpty();
    }

    @Test
    void uncountedDeliveriesSpoiledStockAndNonPerishablesAreLeftAlone() {
        Instant afterTheCount = Instant.parse("2026-11-23T12:00:00Z");
        assertThat(propose(
                List.of(perishable(1, 1_000, 7), perishable(2, 1_000, 7), product(3, 1_000), perishable(4, 1_000, 7)),
                List.of(stock(1, "10", "0.1", 14, afterTheCount), stock(2, "10", "0.1", 14, daysAgo(8)),
                        stock(3, "10", "0.1", 14, daysAgo(6)), stock(4, "10", "0.1", 14, null))))
                .isEmpty();
    }

    private List<Proposal> propose(List<ProductFacts> products, List<StockFacts> stock) {
        Map<Long, ProductFacts> catalog = products.stream()
                .collect(Collectors.toMap(ProductFacts::productId, Function.identity()));
        return proposer.proposals(STORE, NOW, window, stock, catalog);
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days)).minus(Duration.ofHours(1));
    }

    private static ActionChange.Markdown markdown(Proposal proposal) {
        return (ActionChange.Markdown) proposal.change();
    }
}
