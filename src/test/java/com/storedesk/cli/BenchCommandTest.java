package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.StoreDesk;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StoreDesk.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void benchIngestPrintsBothRatesAndEndsWithTheRatio() {
        Path database = temp.resolve("bench/storedesk");

        Run bench = run("bench", "ingest", "--lines", "3000", "--batch-lines", "1000", "--db", database.toString());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.lines()).last().asString().matches("ratio=\\d+\\.\\d\\d");
        assertThat(bench.out()).contains(database.toString()).contains("3,000").containsPattern("(?m)^Ingest: +[\\d,]+ ")
                .containsPattern("(?m)^Plain JDBC: +[\\d,]+ ");
        assertThat(Path.of(database + ".mv.db")).isRegularFile();
    }

    @Test
    void withoutDbItLeavesNoDatabaseBehind() throws IOException {
        List<Path> before = benchFolders();

        Run bench = run("bench", "ingest", "--lines", "500", "--batch-lines", "250");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.lines()).last().asString().matches("ratio=\\d+\\.\\d\\d");
        assertThat(benchFolders()).isEqualTo(before);
    }

    @Test
    void benchAloneOrWithBadNumbersIsAUsageError() {
        Run alone = run("bench");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("bench ingest");

        Run noLines = run("bench", "ingest", "--lines", "0", "--db", temp.resolve("x").toString());
        assertThat(noLines.exitCode()).isEqualTo(2);
        assertThat(Path.of(temp.resolve("x") + ".mv.db")).doesNotExist();
    }

    private static List<Path> benchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("storedesk-bench")).sorted().toList();
        }
    }
}
