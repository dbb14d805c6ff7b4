package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.bench.RefreshTimings;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.insight.dashboard.StoreDashboardService;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk bench dashboard}: one store dashboard refresh on a demo chain with 90 days of
 * history and on the same stores with two years, each in a fresh temporary H2 file. Screens read
 * rollups and bounded windows, so the longer history should cost next to nothing: the last line,
 * {@code ratio=<two years / 90 days>} of the median refresh, says how much it does.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Time a store dashboard refresh on a 90-day and a two-year demo chain.")
public final class BenchDashboardCommand implements Callable<Integer> {

    static final int SHORT_DAYS = 90;
    static final int LONG_DAYS = 730;

    @Option(names = "--stores", paramLabel = "N", defaultValue = "2",
            description = "Stores in each chain (default: ${DEFAULT-VALUE}); one of them is timed.")
    private int stores;

    @Option(names = "--long-days", paramLabel = "N", defaultValue = "" + LONG_DAYS,
            description = "Days of history of the long chain (default: ${DEFAULT-VALUE}, two years).")
    private int longDays;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50",
            description = "Timed refreshes on each chain, after as many untimed (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (stores < 1 || stores > 8 || longDays <= SHORT_DAYS || runs < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--stores must be 1-8, --long-days above " + SHORT_DAYS + " and --runs at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("storedesk-bench-dashboard");
        try {
            Measured short90 = measure(folder.resolve("short/storedesk"), SHORT_DAYS, out);
            Measured long2y = measure(folder.resolve("long/storedesk"), longDays, out);
            Messages messages = short90.messages();
            out.println(messages.get("cli.benchDashboard.result", SHORT_DAYS, short90.timings().medianMillis(),
                    short90.timings().p95Millis(), short90.timings().firstMillis()));
            out.println(messages.get("cli.benchDashboard.result", longDays, long2y.timings().medianMillis(),
                    long2y.timings().p95Millis(), long2y.timings().firstMillis()));
            out.printf(Locale.ROOT, "ratio=%.2f%n",
                    long2y.timings().medianMillis() / short90.timings().medianMillis());
            out.flush();
            return 0;
        } finally {
            deleteRecursively(folder);
        }
    }

    private record Measured(RefreshTimings timings, Messages messages) {
    }

    private Measured measure(Path database, int days, PrintWriter out) {
        try (AppContext context = DatabaseOption.open(database.toString())) {
            Messages messages = CommandOutput.messages(context);
            DemoOptions options = DemoOptions.defaults(context.clock()).withStores(stores).withDays(days);
            out.println(messages.get("cli.benchDashboard.seeding", days, stores));
            out.flush();
            try (DemoConnector demo = new DemoConnector(options, context.clock())) {
                new HistorySync(demo, context.ingest(), context.syncState()).fromStart(SyncProgress.NONE, () -> false);
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            StoreSummary store = context.stores().listStores().stream()
                    .min(Comparator.comparing(StoreSummary::code)).orElseThrow();
            StoreDashboardService dashboards = context.dashboards();
            LocalDate day = options.lastHistoryDay();
            RefreshTimings timings = RefreshTimings.measure(() -> dashboards.load(context.session(), store, day), runs,
                    runs);
            return new Measured(timings, messages);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
