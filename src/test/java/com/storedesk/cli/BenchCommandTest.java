package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void benchIngestPrintsBothRatesAndEndsWithTheRatio() {
        Path database = temp.resolve("bench/storedesk");

        CliRun bench = run("bench", "ingest", "--lines", "3000", "--batch-lines", "1000", "--db", database.toString());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.lines()).last().asString().matches("ratio=\\d+\\.\\d\\d");
        assertThat(bench.out()).contains(database.toString()).contains("3,000").containsPattern("(?m)^Ingest: +[\\d,]+ ")
                .containsPattern("(?m)^Plain JDBC: +[\\d,]+ ");
        assertThat(Path.of(database + ".mv.db")).isRegularFile();
    }

    @Test
    void withoutDbItLeavesNoDatabaseBehind() throws IOException {
        List<Path> before = benchFolders();

        CliRun bench = run("bench", "ingest", "--lines", "500", "--batch-lines", "250");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.lines()).last().asString().matches("ratio=\\d+\\.\\d\\d");
        assertThat(benchFolders()).isEqualTo(before);
    }

    @Test
    void benchAloneOrWithBadNumbersIsAUsageError() {
        CliRun alone = run("bench");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("bench ingest");

        CliRun noLines = run("bench", "ingest", "--lines", "0", "--db", temp.resolve("x").toString());
        assertThat(noLines.exitCode()).isEqualTo(2);
        assertThat(Path.of(temp.resolve("x") + ".mv.db")).doesNotExist();
    }

    private static List<Path> benchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("storedesk-bench")).sorted().toList();
        }
    }
}
