package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.Decision;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.actions.policy.Routing;
import com.storedesk.data.StoreSummary;
import com.storedesk.pos.ActionCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions in the POS's terms: a markdown ends with its last day in the store's time zone; paid sales stay as paid. */
class ConnectorActionsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");
    private static final StoreSummary CHICAGO = new StoreSummary(3, "demo", "store-S03", "S03", "Chicago",
            ZoneId.of("America/Chicago"), USD);

    @Test
    void aMarkdownLastsUntilTheEndOfItsLastDayInTheStoresTimeZone() {
        ActionCommand.Change change = ConnectorActions.command(action(new ActionChange.Markdown(8, "CHE-0002",
                "Aged Gouda", 1_000, 700, USD, LocalDate.of(2026, 11, 25))), CHICAGO);

        assertThat(change).isEqualTo(new ActionCommand.TemporaryPrice("CHE-0002", 700,
                Instant.parse("2026-11-26T06:00:00Z")));
    }

    @Test
    void aClearanceRunsUntilTheActionExpiresAndASaleAlreadyPaidCannotBeDiscounted() {
        ActionChange.SaleDiscount clearance = new ActionChange.SaleDiscount(null, 7, "GIF-0003", "Notebook",
                BigDecimal.TEN, 2_000, USD);
        ActionChange.SaleDiscount onASale = new ActionChange.SaleDiscount(55L, 7, "GIF-0003", "Notebook",
                BigDecimal.TEN, 2_000, USD);

        assertThat(ConnectorActions.command(action(clearance), CHICAGO))
                .isEqualTo(new ActionCommand.Discount("GIF-0003", BigDecimal.TEN, NOW.plusSeconds(7 * 86_400)));
        assertThat(ConnectorActions.command(action(onASale), CHICAGO)).isNull();
    }

    @Test
    void anEditedChangeIsTheOneSent() {
        ActionChange.PriceChange proposed =
                new ActionChange.PriceChange(9, "KIT-0004", "Dutch Oven", 10_000, 12_000, USD);
        ActionChange.PriceChange edited =
                new ActionChange.PriceChange(9, "KIT-0004", "Dutch Oven", 10_000, 11_000, USD);
        ProposedAction action = new ProposedAction(1, 3, proposed, edited,
                Rationale.of("action.rationale.clearance"), Evidence.of(List.of()), Proposer.rule("test"), NOW,
                NOW.plusSeconds(7 * 86_400), ActionStatus.APPROVED, Routing.automatic(),
                new Decision("district", NOW, null), "key", 0, null);

        assertThat(ConnectorActions.command(action, CHICAGO))
                .isEqualTo(new ActionCommand.PermanentPrice("KIT-0004", 11_000));
    }

    private static ProposedAction action(ActionChange change) {
        return new ProposedAction(1, 3, change, null, Rationale.of("action.rationale.clearance"),
                Evidence.of(List.of()), Proposer.rule("test"), NOW, NOW.plusSeconds(7 * 86_400), ActionStatus.APPROVED,
                Routing.automatic(),
                null, "key", 0, null);
    }
}
