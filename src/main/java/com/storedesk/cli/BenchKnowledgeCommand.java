package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.assist.knowledge.BuildReport;
import com.storedesk.assist.knowledge.Embedder;
import com.storedesk.assist.knowledge.KnowledgeBase;
import com.storedesk.assist.knowledge.KnowledgeDocuments;
import com.storedesk.assist.knowledge.MiniLmEmbedder;
import com.storedesk.bench.RefreshTimings;
import com.storedesk.data.facts.CatalogRepository;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk bench knowledge}: what the assistant's knowledge base costs on this computer.
 * Loads the model, builds an index from nothing (every passage embedded), opens it again (nothing
 * embedded), and times searches. The index goes to a temporary folder, never the data folder.
 */
@Command(name = "knowledge", mixinStandardHelpOptions = true,
        description = "Time building the knowledge index and searching it.")
public final class BenchKnowledgeCommand implements Callable<Integer> {

    /** Questions an associate asks, for the search timings; the evaluation set lives with the tests. */
    static final List<String> QUESTIONS = List.of(
            "Can a customer return an opened coffee grinder?",
            "How long do loyalty points last?",
            "What can someone get with a gift receipt?",
            "How do I get rust off a cast iron pan?",
            "How much cheese for a party of ten?",
            "Is the burr grinder covered after a year?",
            "What does the sourdough cost?",
            "Do gift cards expire?",
            "Refund without a receipt",
            "How long does an opened bottle of wine keep?",
            "Which candle burns the longest?",
            "Do we sell matcha?");

    @Mixin
    private DatabaseOption database;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "200",
            description = "Timed searches, after as many untimed (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("storedesk-bench-knowledge");
        try (AppContext context = database.given() ? database.open()
                : DatabaseOption.open(folder.resolve("storedesk").toString())) {
            Messages messages = CommandOutput.messages(context);
            if (!database.given()) {
                out.println(messages.get("cli.benchKnowledge.seeding"));
                out.flush();
                seedDemoCatalog(context);
            }
            long started = System.nanoTime();
            Embedder model = new MiniLmEmbedder(Runnable::run);
            model.embed("warm up");
            out.println(messages.get("cli.benchKnowledge.model", model.model(), millis(started)));
            out.flush();
            Path index = folder.resolve(KnowledgeBase.INDEX_FILE);
            CatalogRepository catalog = new CatalogRepository(context.database());
            KnowledgeDocuments documents = KnowledgeDocuments.configured(
                    context.setup().settings().current().knowledgeFolder());
            BuildReport cold;
            try (KnowledgeBase knowledge = new KnowledgeBase(() -> documents, catalog::activeProducts, index,
                    () -> model)) {
                cold = knowledge.start().get();
            }
            out.println(messages.get("cli.benchKnowledge.cold", cold.passages(), cold.embedded(),
                    cold.reading().toMillis(), cold.embedding().toMillis(), Files.size(index) / 1024.0));
            try (KnowledgeBase knowledge = new KnowledgeBase(() -> documents, catalog::activeProducts, index,
                    () -> model)) {
                BuildReport warm = knowledge.start().get();
                out.println(messages.get("cli.benchKnowledge.warm", warm.embedded(),
                        warm.reading().plus(warm.embedding()).toMillis()));
                AtomicInteger next = new AtomicInteger();
                RefreshTimings search = RefreshTimings.measure(
                        () -> knowledge.search(QUESTIONS.get(next.getAndIncrement() % QUESTIONS.size()), 3), runs,
                        runs);
                out.println(messages.get("cli.benchKnowledge.search", search.medianMillis(), search.p95Millis(),
                        search.firstMillis()));
                out.printf(Locale.ROOT, "passages=%d cold_ms=%d warm_ms=%d search_median_ms=%.1f%n", cold.passages(),
                        cold.reading().plus(cold.embedding()).toMillis(),
                        warm.reading().plus(warm.embedding()).toMillis(), search.medianMillis());
            }
            out.flush();
            return 0;
        } finally {
            deleteRecursively(folder);
        }
    }

    /** The demo chain's products (and one day of one store): what the catalog passages describe. */
    private static void seedDemoCatalog(AppContext context) {
        DemoOptions options = DemoOptions.defaults(context.clock()).withStores(1).withDays(1);
        try (DemoConnector demo = new DemoConnector(options, context.clock())) {
            new HistorySync(demo, context.ingest(), context.syncState()).fromStart(SyncProgress.NONE, () -> false);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
