package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.app.DemoFeed;
import com.storedesk.app.DemoPlanograms;
import com.storedesk.app.DemoUsers;
import com.storedesk.data.DatabaseInfo;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk demo seed}: generates the demo chain's history and ingests it through the same
 * path a POS uses. Always from the first day: ingest is idempotent, so a second run on the same
 * database with the same options leaves every count as it was. The demo accounts (README, "Demo
 * sign-in") are created when missing.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Generate the demo chain's history into the database and print what it holds.")
public final class DemoSeedCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--stores", paramLabel = "N", defaultValue = "" + DemoOptions.DEFAULT_STORES,
            description = "Number of stores (default: ${DEFAULT-VALUE}).")
    private int stores;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + DemoOptions.DEFAULT_DAYS,
            description = "Days of history, ending yesterday (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoOptions.DEFAULT_SEED,
            description = "Random seed; the same seed and options give the same data (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            DemoOptions options = options(context);
            SyncTotals totals;
            DemoFeed.remember(context.syncState(), options);
            try (DemoConnector demo = new DemoConnector(options, context.clock())) {
                totals = new HistorySync(demo, context.ingest(), context.syncState())
                        .fromStart(SyncProgress.NONE, () -> false);
            }
            DemoUsers.ensure(context);
            DemoPlanograms.ensure(context);
            context.database().compactOnClose();
            DatabaseInfo info = context.databaseInspector().info();
            SeedCounts counts = SeedCounts.of(info, totals);
            CommandOutput.print(spec, context, json, mapper -> toJson(counts, mapper),
                    (messages, out) -> print(counts, messages, out));
            return totals.rejected() == 0 ? 0 : 1;
        }
    }

    private DemoOptions options(AppContext context) {
        try {
            return DemoOptions.defaults(context.clock()).withSeed(seed).withStores(stores).withDays(days);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** What the database holds after seeding, and what this run did. */
    record SeedCounts(long stores, long sales, long saleLines, long customers, long trafficIntervals,
            long events, long rejected, double seconds) {

        static SeedCounts of(DatabaseInfo info, SyncTotals totals) {
            return new SeedCounts(info.rows("store"), info.rows("sale"), info.rows("sale_line"), info.rows("customer"),
                    info.rows("traffic_count"), totals.events(), totals.rejected(), totals.took().toMillis() / 1000.0);
        }
    }

    private static String toJson(SeedCounts counts, ObjectMapper mapper) throws Exception {
        ObjectNode root = mapper.createObjectNode();
        root.put("stores", counts.stores());
        root.put("sales", counts.sales());
        root.put("saleLines", counts.saleLines());
        root.put("customers", counts.customers());
        root.put("trafficIntervals", counts.trafficIntervals());
        root.put("events", counts.events());
        root.put("rejected", counts.rejected());
        root.put("seconds", counts.seconds());
        return mapper.writeValueAsString(root);
    }

    private static void print(SeedCounts counts, Messages messages, PrintWriter out) {
        TextTable table = new TextTable(messages.get("cli.demoSeed.what"), messages.get("cli.demoSeed.count"));
        table.row(messages.get("cli.demoSeed.stores"), number(counts.stores()));
        table.row(messages.get("cli.demoSeed.sales"), number(counts.sales()));
        table.row(messages.get("cli.demoSeed.saleLines"), number(counts.saleLines()));
        table.row(messages.get("cli.demoSeed.customers"), number(counts.customers()));
        table.row(messages.get("cli.demoSeed.trafficIntervals"), number(counts.trafficIntervals()));
        table.print(out);
        out.println(messages.get("cli.demoSeed.took", counts.events(),
                String.format(Locale.ROOT, "%.1f", counts.seconds())));
        if (counts.rejected() > 0) {
            out.println(messages.get("cli.demoSeed.rejected", counts.rejected()));
        }
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
