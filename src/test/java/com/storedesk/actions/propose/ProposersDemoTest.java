package com.storedesk.actions.propose;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Proposal;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CountCorrectionRepository;
import com.storedesk.data.facts.ProductFactsRepository;
import com.storedesk.data.facts.StockFactsRepository;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.testing.SeededDemo;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proposers on the seeded demo chain (six weeks, four stores, 23 Nov 2026 15:30 UTC): each finds
 * a few plausible actions, not hundreds, and the seeded stock-out's count is proposed as shrink.
 */
class ProposersDemoTest {

    private static AppContext context;
    private static Map<String, StoreSummary> stores;
    private static StockFactsRepository stock;
    private static ProductFactsRepository products;

    @BeforeAll
    static void open() {
        context = SeededDemo.context();
        stores = context.stores().listStores().stream()
                .collect(Collectors.toMap(StoreSummary::code, Function.identity()));
        stock = new StockFactsRepository(context.database());
        products = new ProductFactsRepository(context.database());
    }

    @Test
    void clearanceFindsAFewSlowNonPerishablesWithSmallDiscounts() {
        List<Proposal> found = everyStore(new ClearanceProposer(stock, products), context.clock().instant());

        assertThat(found).hasSizeBetween(1, 20);
        for (Proposal proposal : found) {
            ActionChange.SaleDiscount discount = (ActionChange.SaleDiscount) proposal.change();
            assertThat(discount.sku()).doesNotStartWith("CHE-").doesNotStartWith("BAK-");
            assertThat(discount.percent().intValue()).isIn(5, 10);
            assertThat(proposal.evidence().figures()).anySatisfy(figure -> {
                assertThat(figure.key()).isEqualTo("action.figure.daysOfCover");
                assertThat(figure.figure().number().intValue()).isGreaterThan(ClearanceProposer.COVER_DAYS);
            });
        }
    }

    @Test
    void markdownsFindAFewPerishablesThatWillNotSellInTime() {
        List<Proposal> found = new ArrayList<>();
        Instant now = context.clock().instant();
        for (int daysBack = 0; daysBack < 7; daysBack++) {
            found.addAll(everyStore(new PerishableMarkdownProposer(stock, products),
                    now.minusSeconds(86_400L * daysBack)));
        }

        assertThat(found).as("over a week of days, four stores").hasSizeBetween(1, 60);
        assertThat(found).allSatisfy(proposal -> {
            ActionChange.Markdown markdown = (ActionChange.Markdown) proposal.change();
            assertThat(markdown.sku()).matches("(CHE|BAK)-\\d{4}");
            assertThat(markdown.percentOff().intValue()).isIn(20, 30);
        });
    }

    @Test
    void theSeededStockOutsCountIsProposedAsShrinkOfEverythingTheSystemExpected() {
        DemoAnomaly stockOut = SeededDemo.anomalies().stream()
                .filter(anomaly -> anomaly.kind() == DemoAnomaly.Kind.STOCK_OUT).findFirst().orElseThrow();
        StoreSummary store = stores.get(stockOut.storeCode());
        CountDiscrepancyProposer proposer = new CountDiscrepancyProposer(
                new CountCorrectionRepository(context.database()), products);

        List<Proposal> found = proposer.propose(store,
                stockOut.firstDay().atTime(LocalTime.of(15, 0)).atZone(store.timeZone()).toInstant());

        assertThat(found).singleElement().satisfies(proposal -> {
            ActionChange.StockAdjustment adjustment = (ActionChange.StockAdjustment) proposal.change();
            assertThat(adjustment.sku()).isEqualTo(stockOut.sku());
            assertThat(adjustment.countedLevel()).as("counted to zero").isZero();
            assertThat(adjustment.systemLevel()).isPositive();
            assertThat(adjustment.reason()).isEqualTo(ActionChange.AdjustmentReason.SHRINK);
        });
        assertThat(everyStore(proposer, context.clock().instant())).as("no count corrected stock last week").isEmpty();
    }

    private static List<Proposal> everyStore(ActionProposer proposer, Instant at) {
        List<Proposal> found = new ArrayList<>();
        for (StoreSummary store : stores.values()) {
            found.addAll(proposer.propose(store, at));
        }
        return found;
    }
}
