package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code storedesk bench knowledge} with few searches: its output, not its speed. */
class BenchKnowledgeCommandTest {

    @Test
    void buildsColdThenWarmAndTimesSearches() {
        CliRun bench = CliRun.of("bench", "knowledge", "--runs", "2");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        List<String> lines = bench.lines();
        assertThat(lines).anyMatch(line -> line.matches("First build: [\\d,]+ passages, [\\d,]+ embedded; .*"))
                .anyMatch(line -> line.startsWith("Second start: 0 embedded, ready in "))
                .anyMatch(line -> line.startsWith("Search (top 3): median "));
        assertThat(lines.get(lines.size() - 1))
                .matches("passages=[0-9]+ cold_ms=[0-9]+ warm_ms=[0-9]+ search_median_ms=[0-9]+\\.[0-9]");
    }

    @Test
    void noSearchesIsAUsageError() {
        CliRun bench = CliRun.of("bench", "knowledge", "--runs", "0");
        assertThat(bench.exitCode()).isEqualTo(2);
        assertThat(bench.err()).contains("--runs");
    }
}
