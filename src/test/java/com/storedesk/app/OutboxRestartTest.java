package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.actions.outbox.Backoff;
import com.storedesk.actions.outbox.OutboxWorker;
import com.storedesk.data.StoreSummary;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import com.storedesk.testing.TestInstallation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crash between the POS applying an action and the outbox confirming it: after a restart the
 * action is sent again with the same key, confirmed once, and the demo price changed once.
 */
class OutboxRestartTest {

    /** What ends the process: nothing in the outbox catches it. */
    private static final class ProcessKilled extends Error {
    }

    @Test
    void aCrashBetweenApplyingAndConfirmingNeitherLosesNorDoublesTheMarkdown() throws Exception {
        TestInstallation installation = TestInstallation.create();
        long actionId;
        String sku;
        long markedDown;
        DemoOptions options;
        try (AppContext context = installation.open(false)) {
            options = DemoOptions.defaults(context.clock()).withStores(2).withDays(3);
            try (DemoConnector seed = new DemoConnector(options, context.clock())) {
                new HistorySync(seed, context.ingest(), context.syncState()).fromStart(SyncProgress.NONE, () -> false);
            }
            StoreSummary s01 = context.stores().listStores().stream().filter(s -> s.code().equals("S01"))
                    .findFirst().orElseThrow();
            Object[] product = cheapestProduct(context);
            sku = (String) product[1];
            long price = (long) product[2];
            markedDown = price * 4 / 5;
            ProposedAction action = context.actions().propose(new Proposal(s01.id(),
                    new ActionChange.Markdown((long) product[0], sku, "product", price, markedDown,
                            Currency.getInstance("USD"), LocalDate.of(2026, 11, 24)),
                    Rationale.of("action.rationale.clearance", Figure.text(sku)), Evidence.of(List.of()),
                    Proposer.rule("test"), context.clock().instant().plus(Duration.ofDays(1))));
            assertThat(action.status()).isEqualTo(ActionStatus.APPROVED);
            actionId = action.id();

            DemoConnector demo = new DemoConnector(options, context.clock(), context.commandLedger());
            ConnectorActions pos = new ConnectorActions(demo::execute, context.stores());
            OutboxWorker dying = new OutboxWorker(context.actions(), sent -> {
                pos.execute(sent);
                throw new ProcessKilled();
            }, Backoff.DEFAULT, context.clock());
            assertThatThrownBy(dying::runOnce).isInstanceOf(ProcessKilled.class);
            assertThat(context.actions().get(context.session(), actionId).status()).isEqualTo(ActionStatus.SENT);
            assertThat(demo.livePriceMinor("store-S01", sku, soon(context))).isEqualTo(markedDown);
        }

        try (AppContext restarted = installation.open(false)) {
            DemoConnector demo = new DemoConnector(options, restarted.clock(), restarted.commandLedger());
            OutboxWorker worker = new OutboxWorker(restarted.actions(),
                    new ConnectorActions(demo::execute, restarted.stores()), Backoff.DEFAULT, restarted.clock());

            assertThat(worker.runOnce()).isEqualTo(1);
            assertThat(worker.runOnce()).isZero();

            ProposedAction done = restarted.actions().get(restarted.session(), actionId);
            assertThat(done.status()).isEqualTo(ActionStatus.CONFIRMED);
            assertThat(done.attempts()).isEqualTo(1);
            assertThat(restarted.commandLedger().entries(DemoConnector.SOURCE)).hasSize(1);
            assertThat(demo.livePriceMinor("store-S01", sku, soon(restarted))).isEqualTo(markedDown);
            assertThat(demo.livePriceMinor("store-S02", sku, soon(restarted))).isNotEqualTo(markedDown);
        }
    }

    private static Instant soon(AppContext context) {
        return context.clock().instant().plusSeconds(60);
    }

    /** Id, sku and price of the cheapest product: a 20 % markdown of it applies without a person. */
    private static Object[] cheapestProduct(AppContext context) throws Exception {
        try (Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT id, sku, price_minor FROM product WHERE price_minor > 100 ORDER BY price_minor, id")) {
            row.next();
            return new Object[] {row.getLong(1), row.getString(2), row.getLong(3)};
        }
    }
}
