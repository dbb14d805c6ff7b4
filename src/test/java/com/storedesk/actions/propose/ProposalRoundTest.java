package com.storedesk.actions.propose;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionFilter;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.TestInstallation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalRoundTest {

    private static final UserSession IT = new UserSession("it", Role.ADMINISTRATOR, true, Set.of());

    @Test
    void theAppWiresEveryProposerAndARoundOnAnEmptyDatabaseFindsNothing() {
        try (AppContext context = TestInstallation.create().open(false)) {
            assertThat(context.proposals().proposers()).extracting(ActionProposer::name)
                    .containsExactly("clearance", "perishable-markdown", "count-discrepancy");
            assertThat(context.proposals().run(context.stores().listStores(), context.clock().instant())).isZero();
            assertThat(context.actions().list(IT, ActionFilter.all())).isEmpty();
        }
    }

    @Test
    void aRoundProposesForEveryStoreAndRepeatingItStoresNothingTwice() {
        try (AppContext context = TestInstallation.create().open(false)) {
            TestInstallation.seedStores(context);
            ProposalRound round = new ProposalRound(List.of(new OneMarkdown()), context.actions());
            List<StoreSummary> stores = context.stores().listStores();

            assertThat(round.run(stores, context.clock().instant())).isEqualTo(2);
            assertThat(round.run(stores, context.clock().instant())).isEqualTo(2);

            List<ProposedAction> stored = context.actions().list(IT, ActionFilter.all());
            assertThat(stored).hasSize(2).allSatisfy(action -> assertThat(action.status())
                    .as("30 %% off needs a store manager").isEqualTo(ActionStatus.PROPOSED));
            assertThat(stored).extracting(ProposedAction::storeId)
                    .containsExactlyInAnyOrderElementsOf(stores.stream().map(StoreSummary::id).toList());
        }
    }

    /** Marks product 1 down by 30 % in every store. */
    private static final class OneMarkdown implements ActionProposer {

        @Override
        public String name() {
            return "one-markdown";
        }

        @Override
        public List<Proposal> propose(StoreSummary store, Instant at) {
            ActionChange.Markdown markdown = new ActionChange.Markdown(1, "CHE-0001", "Brie", 1_000, 700,
                    store.currency(), LocalDate.ofInstant(at, store.timeZone()).plusDays(1));
            return List.of(new Proposal(store.id(), markdown, Rationale.of("action.rationale.nearExpiry",
                    Figure.text("Brie")), Evidence.of(List.of()), Proposer.rule(name()), at.plus(Duration.ofDays(1))));
        }
    }
}
