package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.actions.policy.Routing;
import com.storedesk.data.StoreSummary;
import com.storedesk.pos.ChangeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The inbox learns what a store's POS cannot apply from the connectors' declaration and the store's source. */
class ConnectorCapabilitiesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final List<StoreSummary> STORES = List.of(
            new StoreSummary(1, "clover:7R56PZ0Z0EAB1", "7R56PZ0Z0EAB1", "C01", "Clover store", ZONE, USD),
            new StoreSummary(2, "lightspeed:83050", "1", "L01", "Lightspeed shop", ZONE, USD),
            new StoreSummary(3, "demo", "store-S03", "S03", "Demo", ZONE, USD),
            new StoreSummary(4, "toast:1", "1", "T01", "Unknown platform", ZONE, USD));
    private static final ActionChange.PurchaseOrderDraft ORDER = new ActionChange.PurchaseOrderDraft("Tea Co",
            List.of(new ActionChange.OrderLine(1, "TEA-1", "Tea", BigDecimal.TEN, 250)), USD);
    private static final ActionChange.Markdown MARKDOWN = new ActionChange.Markdown(1, "TEA-1", "Tea", 500, 400, USD,
            LocalDate.of(2026, 11, 30));
    private static final ActionChange.PriceChange PRICE = new ActionChange.PriceChange(1, "TEA-1", "Tea", 500, 550,
            USD);

    private final ConnectorCapabilities capabilities = new ConnectorCapabilities(() -> STORES);

    @Test
    void whatAStoresPlatformCannotApplyIsNamedByThePlatform() {
        assertThat(capabilities.cannotApply(1, ORDER)).contains("source.clover");
        assertThat(capabilities.cannotApply(1, MARKDOWN)).contains("source.clover");
        assertThat(capabilities.cannotApply(1, PRICE)).isEmpty();
        assertThat(capabilities.cannotApply(2, ORDER)).as("Lightspeed has purchase orders").isEmpty();
        assertThat(capabilities.cannotApply(2, MARKDOWN)).contains("source.lightspeed");
        assertThat(capabilities.cannotApply(3, ORDER)).as("the demo applies everything").isEmpty();
        assertThat(capabilities.cannotApply(4, ORDER)).as("an undeclared platform is left to the outbox").isEmpty();
        assertThat(capabilities.cannotApply(99, ORDER)).isEmpty();
    }

    @Test
    void theStoresAreReadAgainOnlyForAStoreNotSeenBefore() {
        List<List<StoreSummary>> answers = new ArrayList<>(List.of(STORES.subList(0, 1), STORES));
        AtomicInteger reads = new AtomicInteger();
        ConnectorCapabilities counting = new ConnectorCapabilities(() -> {
            reads.incrementAndGet();
            return answers.size() > 1 ? answers.remove(0) : answers.get(0);
        });

        assertThat(counting.cannotApply(1, ORDER)).contains("source.clover");
        assertThat(counting.cannotApply(1, MARKDOWN)).contains("source.clover");
        assertThat(counting.cannotApply(2, MARKDOWN)).as("a store synced since").contains("source.lightspeed");
        assertThat(counting.cannotApply(2, ORDER)).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void theKindIsTheOneOfTheCommandTheOutboxSends() {
        ActionChange discount = new ActionChange.SaleDiscount(null, 1, "TEA-1", "Tea", BigDecimal.TEN, 500, USD);
        ActionChange adjustment = new ActionChange.StockAdjustment(1, "TEA-1", "Tea", BigDecimal.TEN, BigDecimal.ONE,
                250, USD, ActionChange.AdjustmentReason.SHRINK);
        for (ActionChange change : List.of(discount, MARKDOWN, PRICE, ORDER, adjustment)) {
            assertThat(ConnectorCapabilities.kind(change)).as("%s", change.type())
                    .isEqualTo(ChangeKind.of(ConnectorActions.command(action(change), STORES.get(2))));
        }
    }

    private static ProposedAction action(ActionChange change) {
        return new ProposedAction(1, 3, change, null, Rationale.of("action.rationale.clearance"),
                Evidence.of(List.of()), Proposer.rule("test"), NOW, NOW.plusSeconds(86_400), ActionStatus.APPROVED,
                Routing.automatic(), null, "key", 0, null);
    }
}
