package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.data.PosConnectionRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.connection.OpenConnector;
import com.storedesk.pos.connection.PosConnection;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk sync --store CODE}: one pass of the store's configured POS into the database,
 * resuming from its saved cursor, as the window's sync would run it. What it fetched is printed by
 * kind; an unreachable or misconfigured POS is one clear line on standard error and exit 1.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Pull the store's POS once (from where the last sync stopped) and print what it fetched.")
public final class SyncCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--store", required = true, paramLabel = "CODE",
            description = "The store's code or id, or its POS account (a Square location id, a Shopify shop, a Lightspeed"
                    + " account id or a Clover merchant id) before its first sync.")
    private String store;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = databaseOption.open()) {
            Messages messages = CommandOutput.messages(context);
            PrintWriter out = spec.commandLine().getOut();
            Optional<PosConnection> found = connectionOf(context);
            if (found.isEmpty()) {
                return fail(messages.get("cli.sync.notConfigured", store));
            }
            PosConnection connection = found.get();
            if (!connection.enabled()) {
                return fail(messages.get("cli.sync.disabled", connection.source()));
            }
            OpenConnector open;
            try {
                open = context.posConnectors().open(connection);
            } catch (ConnectorException e) {
                return fail(messages.get("cli.sync.failed", connection.source(), messages.get(e.messageKey())));
            }
            try (EventTally tally = new EventTally(open.connector())) {
                out.println(messages.get("cli.sync.pulling", connection.source(), connection.baseUrl()));
                out.flush();
                SyncTotals totals = new HistorySync(tally, context.ingest(), context.syncState())
                        .resume(SyncProgress.NONE, () -> false);
                tally.counts().forEach((kind, count) -> out.println(messages.get("cli.sync.kind", kind, count)));
                out.println(messages.get("cli.sync.done", totals.events(), totals.pages(), totals.inserted(),
                        totals.updated(), totals.unchanged(), totals.rejected()));
                out.flush();
                return 0;
            } catch (ConnectorException e) {
                // The HTTP layer's messages name the endpoint and status, never the token.
                return fail(messages.get("cli.sync.failed", connection.source(), messages.get(e.messageKey()))
                        + " (" + e.getMessage() + ")");
            }
        }
    }

    /** The connection whose account is {@code store}, or that feeds the store with that code or id. */
    /**
     * The connection of the store named by code or id, or by its account (or, for a Shopify location,
     * its location id); the locations of one shop share a source, so a store's own location decides.
     */
    private Optional<PosConnection> connectionOf(AppContext context) {
        Optional<StoreSummary> named = context.stores().listStores().stream()
                .filter(s -> s.code().equalsIgnoreCase(store) || String.valueOf(s.id()).equals(store)).findFirst();
        return context.connections().all().stream()
                .filter(c -> c.accountId().equalsIgnoreCase(store) || c.syncScope().equals(store)
                        || named.filter(s -> s.source().equals(c.source()) && servesStore(c, s)).isPresent())
                .findFirst();
    }

    /** A Shopify store's external id is its location's GID, whose number is its connection's scope. */
    private static boolean servesStore(PosConnection connection, StoreSummary store) {
        return connection.syncScope().equals("*")
                || connection.syncScope().equals(PosConnectionRepository.locationKey(store.externalId()));
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.commandLine().getColorScheme().errorText(message));
        err.flush();
        return 1;
    }
}
