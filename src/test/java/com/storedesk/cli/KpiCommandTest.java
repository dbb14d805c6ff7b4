package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk kpi} on a small demo chain: the figures, both outputs, and unknown stores. */
class KpiCommandTest {

    @TempDir
    static Path temp;

    private static String database;
    private static String lastDay;

    @BeforeAll
    static void seed() throws Exception {
        database = temp.resolve("kpi/storedesk").toString();
        CliRun seed = CliRun.of("demo", "seed", "--stores", "2", "--days", "8", "--db", database);
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        JsonNode stores = new ObjectMapper().readTree(CliRun.of("stores", "--db", database, "--json").out());
        lastDay = stores.get(0).get("lastSaleDate").asText();
    }

    @Test
    void jsonHasEveryTileAndTheRollupsTotals() throws Exception {
        CliRun kpi = CliRun.of("kpi", "--store", "S01", "--date", lastDay, "--db", database, "--json");

        assertThat(kpi.exitCode()).as(kpi.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(kpi.out());
        assertThat(json.get("store").asText()).isEqualTo("S01");
        assertThat(json.get("live").asBoolean()).isFalse();
        for (String field : new String[] {"netSales", "transactions", "aov", "unitsPerTransaction", "trafficIn",
                "conversion", "discountRate", "refundRate", "salesPerLaborHour"}) {
            assertThat(json.get(field)).as(field).isNotNull();
            assertThat(json.get(field).isNumber()).as(field + " is a number on a normal demo day").isTrue();
        }
        assertThat(json.has("forecast")).isTrue();
        assertThat(json.get("alerts").isArray()).isTrue();

        long[] totals = rollupTotals("S01", lastDay);
        assertThat(json.get("netSales").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(totals[0], 2));
        assertThat(json.get("transactions").asLong()).isEqualTo(totals[1]);
        assertThat(json.get("conversion").decimalValue()).isBetween(new BigDecimal("0.05"), new BigDecimal("0.6"));
        assertThat(json.get("vsLastWeek").get("netSales")).as("eight days: last week is there").isNotNull();
    }

    @Test
    void textShowsTheTilesInTheUsersLanguage() {
        CliRun kpi = CliRun.of("kpi", "--store", "s01", "--date", lastDay, "--db", database);

        assertThat(kpi.exitCode()).as(kpi.err()).isZero();
        assertThat(kpi.out()).contains("S01").contains("Net sales").contains("Conversion")
                .contains("Sales per labor hour").containsPattern("\\$[0-9,]+\\.[0-9]{2}");
    }

    @Test
    void anUnknownStoreOrABadDateIsAUsageError() {
        CliRun unknown = CliRun.of("kpi", "--store", "S99", "--db", database);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("S99").contains("storedesk stores").doesNotContain("Exception");

        CliRun badDate = CliRun.of("kpi", "--store", "S01", "--date", "23/11/2026", "--db", database);
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("YYYY-MM-DD");
    }

    /** Net sales (cents) and transactions straight from the rollup, for comparison. */
    private static long[] rollupTotals(String storeCode, String date) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                PreparedStatement statement = connection.prepareStatement("SELECT SUM(h.net_minor),"
                        + " SUM(h.transactions) FROM sales_by_store_hour h JOIN store s ON s.id = h.store_id"
                        + " WHERE s.code = ? AND h.business_date = ?")) {
            statement.setString(1, storeCode);
            statement.setDate(2, java.sql.Date.valueOf(date));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }
}
