package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.testing.SquareReplay;
import com.storedesk.testing.TestInstallation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DataFeedsTest {

    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");

    @Test
    void aFirstCatchUpFillsAnEmptyDatabaseWithTheDemoChainAndRemembersWhichOne() throws Exception {
        try (AppContext context = TestInstallation.create().open(false)) {
            assertThat(context.feeds().isEmpty()).isTrue();
            List<Double> progress = new ArrayList<>();

            SyncTotals totals = context.feeds().catchUp((fraction, soFar) -> progress.add(fraction), () -> false);

            assertThat(context.feeds().isEmpty()).isFalse();
            assertThat(context.stores().listStores()).hasSize(TestInstallation.DEMO.stores());
            assertThat(totals.cancelled()).isFalse();
            assertThat(totals.rejected()).isZero();
            assertThat(totals.pages()).as("reference data, then one page a day").isEqualTo(TestInstallation.DEMO.days() + 1);
            assertThat(progress).isSorted().last().isEqualTo(1.0);
            assertThat(context.syncState().cursor(DemoConnector.SOURCE, HistorySync.STREAM)).isPresent();
            assertThat(DemoFeed.options(context.syncState(), context.clock(), DemoSize.FULL).stores())
                    .as("a later start goes on with the chain this database holds, not the default size")
                    .isEqualTo(TestInstallation.DEMO.stores());
        }
    }

    @Test
    void aCancelledCatchUpResumesWhereItStopped() throws Exception {
        TestInstallation installation = TestInstallation.create();
        long firstPages;
        try (AppContext context = installation.open(false)) {
            AtomicInteger pages = new AtomicInteger();
            SyncTotals cancelled = context.feeds().catchUp((fraction, soFar) -> pages.incrementAndGet(),
                    () -> pages.get() >= 2);
            assertThat(cancelled.cancelled()).isTrue();
            firstPages = cancelled.pages();
            assertThat(firstPages).isEqualTo(2);
        }
        try (AppContext context = installation.open(false)) {
            SyncTotals rest = context.feeds().catchUp(SyncProgress.NONE, () -> false);
            assertThat(rest.cancelled()).isFalse();
            assertThat(rest.pages()).as("picks up at the first page not yet delivered")
                    .isEqualTo(TestInstallation.DEMO.days() + 1 - firstPages);
            assertThat(context.stores().listStoresWithSalesSpan())
                    .allSatisfy(store -> assertThat(store.lastSaleDate()).isPresent());
        }
    }

    @Test
    void liveStartsOnceAndStopsWithTheContext() throws Exception {
        AppContext context = TestInstallation.create().open(false);
        DataFeeds feeds = context.feeds();
        feeds.catchUp(SyncProgress.NONE, () -> false);

        feeds.startLive();
        feeds.startLive();
        assertThat(feeds.isLive()).isTrue();

        context.close();
        assertThat(feeds.isLive()).isFalse();
        feeds.startLive();
        assertThat(feeds.isLive()).as("nothing starts after close").isFalse();
    }

    @Test
    void aConnectionSavedWhileLiveIsPulledWithoutARestartAndRemovingItBringsBackTheDemo() throws Exception {
        try (SquareReplay square = new SquareReplay(); AppContext context = TestInstallation.create().open(false)) {
            DataFeeds feeds = context.feeds();
            feeds.catchUp(SyncProgress.NONE, () -> false);
            feeds.startLive();
            String source = "square:" + SquareReplay.LOCATION;
            ActionCommand command = new ActionCommand("key-1", SquareReplay.LOCATION,
                    new ActionCommand.StockAdjustment("NO-SUCH-SKU", BigDecimal.ONE));
            assertThatThrownBy(() -> feeds.execute(source, command)).isInstanceOf(ConnectorException.class);

            PosConnection saved = context.connections().save(ADMIN, new ConnectionDraft(null, Platform.SQUARE,
                    Environment.CUSTOM, square.baseUrl(), SquareReplay.LOCATION, true, Secret.of(SquareReplay.TOKEN),
                    null));

            awaitUntil(() -> context.stores().listStores().stream()
                    .anyMatch(store -> store.code().equals(SquareReplay.LOCATION)));
            assertThat(feeds.isLive()).as("live again on the new connectors").isTrue();
            assertThat(feeds.execute(source, command).inEffect())
                    .as("the Square connector answers for its location (no such SKU there)").isFalse();

            context.connections().remove(ADMIN, saved.id());
            awaitUntil(() -> {
                try {
                    feeds.execute(source, command);
                    return false;
                } catch (ConnectorException e) {
                    return true;
                }
            });
            assertThat(feeds.isLive()).as("the demo chain runs again").isTrue();
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
