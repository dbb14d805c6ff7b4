package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.bench.IngestBenchmark;
import com.storedesk.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk bench ingest}: ingest's speed next to plain JDBC inserts of the same rows. The
 * last line, {@code ratio=0.74}, is for scripts. Without {@code --db} it works in two fresh
 * temporary H2 files that it deletes afterwards, so it never touches the user's database.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest generated sale lines, then insert the same rows with plain JDBC, and compare.",
                "Without --db, uses temporary databases and deletes them afterwards."})
public final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "1000000",
            description = "How many sale lines to write (default: ${DEFAULT-VALUE}).")
    private long lines;

    @Option(names = "--batch-lines", paramLabel = "N", defaultValue = "" + IngestBenchmark.DEFAULT_BATCH_LINES,
            description = "Sale lines per ingest batch and per plain transaction (default: ${DEFAULT-VALUE}).")
    private int batchLines;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (lines < 1 || batchLines < 1) {
            throw new ParameterException(spec.commandLine(), "--lines and --batch-lines must be at least 1");
        }
        return databaseOption.given() ? inGivenDatabase() : inTemporaryDatabases();
    }

    /** Both sides in the database named by --db, each under a source of its own. */
    private int inGivenDatabase() throws Exception {
        try (AppContext context = databaseOption.open()) {
            IngestBenchmark.Target target = new IngestBenchmark.Target(context.database(), context.ingest());
            IngestBenchmark.Result result = new IngestBenchmark(lines, batchLines, context.clock()).run(target, target);
            print(result, CommandOutput.messages(context), context.database().location().describe());
            return 0;
        }
    }

    /** A fresh H2 file for each side, so neither measures on the other's rows. */
    private int inTemporaryDatabases() throws Exception {
        Path folder = Files.createTempDirectory("storedesk-bench");
        try (AppContext ingest = DatabaseOption.open(folder.resolve("ingest").toString());
                AppContext plain = DatabaseOption.open(folder.resolve("plain").toString())) {
            IngestBenchmark.Result result = new IngestBenchmark(lines, batchLines, ingest.clock())
                    .run(new IngestBenchmark.Target(ingest.database(), ingest.ingest()),
                            new IngestBenchmark.Target(plain.database(), plain.ingest()));
            Messages messages = CommandOutput.messages(ingest);
            print(result, messages, messages.get("cli.benchIngest.temporary"));
            return 0;
        } finally {
            deleteRecursively(folder);
        }
    }

    private void print(IngestBenchmark.Result result, Messages messages, String databases) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.benchIngest.databases", databases));
        out.println(messages.get("cli.benchIngest.lines", result.lines(), result.sales(), batchLines));
        out.println(messages.get("cli.benchIngest.ingest", Math.round(result.ingestLinesPerSecond()),
                result.ingestTime().toMillis() / 1000.0));
        out.println(messages.get("cli.benchIngest.plain", Math.round(result.plainLinesPerSecond()),
                result.plainTime().toMillis() / 1000.0));
        out.println(String.format(Locale.ROOT, "ratio=%.2f", result.ratio()));
        out.flush();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
