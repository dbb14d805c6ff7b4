package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk district} on a small demo chain: the same figures as {@code kpi}, and both exports. */
class DistrictCommandTest {

    @TempDir
    static Path temp;

    private static String database;
    private static String lastDay;

    @BeforeAll
    static void seed() throws Exception {
        database = temp.resolve("district/storedesk").toString();
        CliRun seed = CliRun.of("demo", "seed", "--stores", "3", "--days", "15", "--db", database);
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        JsonNode stores = new ObjectMapper().readTree(CliRun.of("stores", "--db", database, "--json").out());
        lastDay = stores.get(0).get("lastSaleDate").asText();
    }

    @Test
    void jsonRanksEveryStoreWithTheDashboardsFigures() throws Exception {
        CliRun district = CliRun.of("district", "--date", lastDay, "--db", database, "--json");

        assertThat(district.exitCode()).as(district.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(district.out());
        assertThat(json.get("date").asText()).isEqualTo(lastDay);
        JsonNode stores = json.get("stores");
        assertThat(stores).hasSize(3);
        Set<Integer> ranks = new HashSet<>();
        for (JsonNode store : stores) {
            ranks.add(store.get("rank").asInt());
            JsonNode days = store.get("lastDays");
            assertThat(days).hasSize(14);
            assertThat(days.get(13).get("date").asText()).isEqualTo(lastDay);
            assertThat(days.get(13).get("netSales").decimalValue())
                    .isEqualByComparingTo(store.get("netSales").decimalValue());
            assertThat(store.get("explanation").asText()).isNotBlank();
        }
        assertThat(ranks).containsExactlyInAnyOrder(1, 2, 3);

        JsonNode s01 = stores.findParents("store").stream().filter(s -> s.get("store").asText().equals("S01"))
                .findFirst().orElseThrow();
        JsonNode kpi = new ObjectMapper().readTree(
                CliRun.of("kpi", "--store", "S01", "--date", lastDay, "--db", database, "--json").out());
        assertThat(s01.get("netSales").decimalValue()).isEqualByComparingTo(kpi.get("netSales").decimalValue());
        assertThat(s01.get("transactions").asLong()).isEqualTo(kpi.get("transactions").asLong());
        assertThat(s01.get("alerts").asInt()).isEqualTo(kpi.get("alerts").size());
    }

    @Test
    void savesTheViewAsCsvAndAsAPdfReport() throws Exception {
        Path csv = temp.resolve("district.csv");
        Path pdf = temp.resolve("district.pdf");

        CliRun district = CliRun.of("district", "--date", lastDay, "--db", database, "--csv", csv.toString(),
                "--pdf", pdf.toString());

        assertThat(district.exitCode()).as(district.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(lines).hasSize(4);
        assertThat(String.join("\n", lines)).contains("S01", "S02", "S03");
        byte[] report = Files.readAllBytes(pdf);
        assertThat(new String(report, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(district.out()).contains(csv.toAbsolutePath().toString(), pdf.toAbsolutePath().toString());
    }

    @Test
    void aDateThatIsNotADateIsAUsageError() {
        CliRun district = CliRun.of("district", "--date", "23.11.2026", "--db", database);

        assertThat(district.exitCode()).isEqualTo(2);
        assertThat(district.err()).contains("YYYY-MM-DD");
    }
}
