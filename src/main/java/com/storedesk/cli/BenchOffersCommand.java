package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.data.facts.BasketFactsRepository;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.insight.basket.OfferBacktest;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk bench offers}: next-best-offer's hit rate at k, each member's last sale hidden
 * and predicted from the history before it, next to the best sellers they had not bought. On
 * {@code --db}'s database, or on a demo chain seeded into a temporary H2 file. The last line,
 * {@code ratio=<ours / best sellers>}, is for scripts.
 */
@Command(name = "offers", mixinStandardHelpOptions = true,
        description = "Measure next-best-offer offline: hide each member's last sale, offer from the history before"
                + " it, and compare the hit rate with the best sellers the member had not bought.")
public final class BenchOffersCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--stores", paramLabel = "N", defaultValue = "4",
            description = "Stores of the demo chain seeded when no --db is given (default: ${DEFAULT-VALUE}).")
    private int stores;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90",
            description = "Days of history of that chain (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--k", paramLabel = "K", defaultValue = "" + OfferBacktest.DEFAULT_K,
            description = "Offers that count (hit rate at K; default: ${DEFAULT-VALUE}).")
    private int k;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (stores < 1 || stores > 8 || days < 2 || days > 730 || k < 1 || k > 20) {
            throw new ParameterException(spec.commandLine(), "--stores must be 1-8, --days 2-730 and --k 1-20");
        }
        if (databaseOption.given()) {
            try (AppContext context = databaseOption.open()) {
                return measure(context);
            }
        }
        Path folder = Files.createTempDirectory("storedesk-bench-offers");
        try (AppContext context = DatabaseOption.open(folder.resolve("storedesk").toString())) {
            Messages messages = CommandOutput.messages(context);
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.benchDashboard.seeding", days, stores));
            out.flush();
            DemoOptions options = DemoOptions.defaults(context.clock()).withStores(stores).withDays(days);
            try (DemoConnector demo = new DemoConnector(options, context.clock())) {
                new HistorySync(demo, context.ingest(), context.syncState()).fromStart(SyncProgress.NONE, () -> false);
            }
            return measure(context);
        } finally {
            deleteRecursively(folder);
        }
    }

    private int measure(AppContext context) {
        Messages messages = CommandOutput.messages(context);
        OfferBacktest.Result result = new OfferBacktest(new BasketFactsRepository(context.database()), k).run();
        if (result.members() == 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText(messages.get("cli.benchOffers.noMembers")));
            err.flush();
            return 1;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        percent.setMinimumFractionDigits(1);
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.benchOffers.result", result.k(), result.members(), result.sales(),
                percent.format(result.hitRate()), percent.format(result.baselineHitRate()), result.millis()));
        out.printf(Locale.ROOT, "hits=%d baseline=%d members=%d%n", result.hits(), result.baselineHits(),
                result.members());
        out.printf(Locale.ROOT, "ratio=%.2f%n", result.baselineHits() == 0 ? Double.NaN
                : (double) result.hits() / result.baselineHits());
        out.flush();
        return 0;
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
