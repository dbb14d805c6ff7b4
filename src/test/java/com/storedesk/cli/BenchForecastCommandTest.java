package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.SeededDemo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storedesk bench forecast} on the seeded demo chain: 42 days, so the first day tested has two
 * weeks before it.
 */
class BenchForecastCommandTest {

    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

    @TempDir
    Path temp;

    private static String seededDatabase() {
        return SeededDemo.context().setup().databaseLocation().describe();
    }

    @Test
    void scoresEachStoreAndEndsWithTheRatioToTheSeasonalNaive() {
        CliRun bench = CliRun.of("bench", "forecast", "--db", seededDatabase());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        List<String> lines = bench.lines();
        assertThat(lines.get(0)).isEqualTo(ENGLISH.get("cli.benchForecast.what",
                ENGLISH.get("cli.benchForecast.netSales"), 28));
        assertThat(lines.get(2)).startsWith("Store").contains("MASE hourly", "naive", "ratio", "MASE daily",
                "Hours in band", "Days in band");
        for (String store : List.of("S01", "S02", "S03", "S04")) {
            assertThat(bench.out()).containsPattern("(?m)^" + store + " +28 +\\d\\.\\d\\d +\\d\\.\\d\\d +0\\.\\d\\d +"
                    + "\\d\\.\\d\\d +\\d\\.\\d\\d +\\d+% +\\d+%$");
        }
        assertThat(bench.out()).containsPattern("(?m)^All +112 ").contains("Time per forecast");
        String last = lines.get(lines.size() - 1);
        assertThat(last).matches("ratio=\\d+\\.\\d\\d");
        assertThat(Double.parseDouble(last.substring("ratio=".length()))).isLessThan(1.0);
    }

    @Test
    void forecastsTrafficToo() {
        CliRun bench =
                CliRun.of("bench", "forecast", "--db", seededDatabase(), "--metric", "TRAFFIC_IN", "--days", "7");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.lines().get(0)).contains(ENGLISH.get("cli.benchForecast.trafficIn"));
        assertThat(bench.out()).containsPattern("(?m)^All +28 ");
        assertThat(bench.lines()).last().asString().matches("ratio=0\\.\\d\\d");
    }

    @Test
    void anEmptyDatabaseIsAClearErrorNotATable() {
        CliRun bench = CliRun.of("bench", "forecast", "--db", temp.resolve("empty/storedesk").toString());

        assertThat(bench.exitCode()).isEqualTo(1);
        assertThat(bench.err()).contains(ENGLISH.get("cli.benchForecast.noHistory", 42));
        assertThat(bench.out()).isEmpty();
    }

    @Test
    void asksForMoreDaysThanTheHistoryHasOrNone() {
        CliRun tooMany = CliRun.of("bench", "forecast", "--db", seededDatabase(), "--days", "29");
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.err()).contains(ENGLISH.get("cli.benchForecast.noHistory", 43));

        CliRun none = CliRun.of("bench", "forecast", "--days", "0", "--db", temp.resolve("x").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(Path.of(temp.resolve("x") + ".mv.db")).doesNotExist();
        assertThat(none.err()).contains("--days");
    }
}
