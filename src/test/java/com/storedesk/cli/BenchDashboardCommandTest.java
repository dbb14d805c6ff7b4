package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code storedesk bench dashboard} on the smallest chains it allows: its output, not its speed. */
class BenchDashboardCommandTest {

    @Test
    void timesARefreshOnBothChainsAndEndsWithTheRatio() {
        CliRun bench = CliRun.of("bench", "dashboard", "--stores", "1", "--long-days", "92", "--runs", "2");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        List<String> lines = bench.lines();
        assertThat(lines).anyMatch(line -> line.startsWith("90 days: median refresh "))
                .anyMatch(line -> line.startsWith("92 days: median refresh "));
        assertThat(lines.get(lines.size() - 1)).matches("ratio=[0-9]+\\.[0-9]{2}");
    }

    @Test
    void impossibleOptionsAreUsageErrors() {
        CliRun shortLong = CliRun.of("bench", "dashboard", "--long-days", "30");
        assertThat(shortLong.exitCode()).isEqualTo(2);
        assertThat(shortLong.err()).contains("--long-days");
    }
}
