package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.StoreDesk;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.LatestSchema;
import com.storedesk.data.entity.Sale;
import com.storedesk.data.entity.Store;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsItsVersionAndHelp() {
        CliRun version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("StoreDesk \\d+\\.\\d+\\.\\d+.*\\R");

        CliRun help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: storedesk").contains("--kiosk").contains("db");
    }

    @Test
    void dbInfoCreatesANewDatabaseAndDescribesIt() {
        Path database = temp.resolve("fresh/storedesk");
        CliRun info = run("db", "info", "--db", database.toString());

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(Path.of(database + ".mv.db")).isRegularFile();
        assertThat(info.out()).contains(database.toString()).contains(LatestSchema.VERSION);
        assertThat(info.out()).containsPattern("(?m)^\\s+store\\s+0$").containsPattern("(?m)^\\s+sale\\s+0$");
    }

    @Test
    void dbInfoSpeaksJsonForScripts() throws Exception {
        Path database = temp.resolve("json/storedesk");
        CliRun info = run("db", "info", "--db", database + ".mv.db", "--json");

        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(json.get("location").asText()).isEqualTo(database.toString());
        assertThat(json.get("schemaVersion").asText()).isEqualTo(LatestSchema.VERSION);
        assertThat(json.get("tables").get("store").asLong()).isZero();
        assertThat(json.get("tables").has("flyway_schema_history")).isFalse();
    }

    @Test
    void storesSaysSoWhenThereAreNone() {
        CliRun stores = run("stores", "--db", temp.resolve("empty/storedesk").toString());

        assertThat(stores.exitCode()).as(stores.err()).isZero();
        assertThat(stores.out()).contains(new Messages(Language.ENGLISH).get("cli.stores.none"));
    }

    @Test
    void storesListsEachStoreWithItsStoreLocalSalesSpan() throws Exception {
        Path database = temp.resolve("stores/storedesk");
        try (Database db = Database.open(new DatabaseLocation.H2File(database))) {
            db.writeVoid(session -> {
                Store chicago = new Store("demo", "S1", "CHI-01", "Chicago Loop", ZoneId.of("America/Chicago"), USD);
                session.persist(chicago);
                session.persist(new Store("square:ML1", "L9", "NYC-01", "SoHo", ZoneId.of("America/New_York"), USD));
                // Late evening in Chicago is already the next day in UTC.
                session.persist(new Sale("demo", "a", chicago, Instant.parse("2026-11-02T04:30:00Z"),
                        LocalDate.of(2026, 11, 1), USD));
                session.persist(new Sale("demo", "b", chicago, Instant.parse("2026-11-20T16:00:00Z"),
                        LocalDate.of(2026, 11, 20), USD));
            });
        }

        CliRun text = run("stores", "--db", database.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("(?m)^\\d+\\s+CHI-01\\s+Chicago Loop\\s+America/Chicago\\s+demo"
                + "\\s+2026-11-01\\s+2026-11-20$");
        assertThat(text.out()).containsPattern("(?m)^\\d+\\s+NYC-01\\s+SoHo\\s+America/New_York\\s+square:ML1\\s+-\\s+-$");

        CliRun json = run("stores", "--db", database.toString(), "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode stores = new ObjectMapper().readTree(json.out());
        assertThat(stores).hasSize(2);
        assertThat(stores.get(0).get("code").asText()).isEqualTo("CHI-01");
        assertThat(stores.get(0).get("timeZone").asText()).isEqualTo("America/Chicago");
        assertThat(stores.get(0).get("firstSaleDate").asText()).isEqualTo("2026-11-01");
        assertThat(stores.get(0).get("lastSaleDate").asText()).isEqualTo("2026-11-20");
        assertThat(stores.get(1).get("source").asText()).isEqualTo("square:ML1");
        assertThat(stores.get(1).get("firstSaleDate").isNull()).isTrue();
    }

    @Test
    void demoSeedPrintsWhatItIngestedAndASecondRunChangesNoCount() throws Exception {
        Path database = temp.resolve("demo/storedesk");
        String[] seed = {"demo", "seed", "--stores", "2", "--days", "2", "--seed", "7", "--db", database.toString(),
                "--json"};

        CliRun first = run(seed);
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode counts = new ObjectMapper().readTree(first.out());
        assertThat(counts.get("stores").asLong()).isEqualTo(2);
        assertThat(counts.get("sales").asLong()).isGreaterThan(200);
        assertThat(counts.get("saleLines").asLong()).isGreaterThan(counts.get("sales").asLong());
        assertThat(counts.get("customers").asLong()).isPositive();
        assertThat(counts.get("trafficIntervals").asLong()).isGreaterThan(2 * 2 * 30);
        assertThat(counts.get("rejected").asLong()).isZero();
        assertThat(counts.get("seconds").asDouble()).isPositive();

        CliRun again = run(seed);
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode second = new ObjectMapper().readTree(again.out());
        for (String count : List.of("stores", "sales", "saleLines", "customers", "trafficIntervals")) {
            assertThat(second.get(count).asLong()).as(count).isEqualTo(counts.get(count).asLong());
        }

        CliRun stores = run("stores", "--db", database.toString(), "--json");
        JsonNode listed = new ObjectMapper().readTree(stores.out());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("source").asText()).isEqualTo("demo");
        assertThat(LocalDate.parse(listed.get(0).get("lastSaleDate").asText()))
                .isEqualTo(LocalDate.parse(listed.get(0).get("firstSaleDate").asText()).plusDays(1));
    }

    @Test
    void demoRunGoesOnWithTheSeededChainAndStreamsLiveSales() {
        Path database = temp.resolve("live/storedesk");
        CliRun seed = run("demo", "seed", "--stores", "1", "--days", "1", "--db", database.toString());
        assertThat(seed.exitCode()).as(seed.err()).isZero();

        // Three seconds at a hundred times the usual rate: a few dozen sales.
        CliRun live = run("demo", "run", "--minutes", "0.05", "--speed", "100", "--db", database.toString());

        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).containsPattern("Done: [1-9][0-9,]* new sales");
        CliRun stores = run("stores", "--db", database.toString(), "--json");
        assertThat(stores.out()).as("still the one seeded store, not the default four").contains("\"S01\"")
                .doesNotContain("\"S02\"");
    }

    @Test
    void impossibleDemoOptionsAreUsageErrors() {
        CliRun noStores = run("demo", "seed", "--stores", "0", "--db", temp.resolve("bad/storedesk").toString());
        assertThat(noStores.exitCode()).isEqualTo(2);
        assertThat(noStores.err()).contains("stores").doesNotContain("Exception");

        CliRun backwards = run("demo", "run", "--minutes", "-1", "--db", temp.resolve("bad/storedesk").toString());
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--minutes");
    }

    @Test
    void demoAloneIsAUsageError() {
        CliRun demo = run("demo");
        assertThat(demo.exitCode()).isEqualTo(2);
        assertThat(demo.err()).contains("demo seed");
    }

    @Test
    void unknownCommandsAndOptionsExitWithTwoAndNoStackTrace() {
        CliRun unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate").doesNotContain("at com.");

        CliRun badOption = run("db", "info", "--colour");
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.err()).contains("--colour").doesNotContain("Exception");

        CliRun missingValue = run("db", "info", "--db");
        assertThat(missingValue.exitCode()).isEqualTo(2);

        CliRun missingSubcommand = run("db");
        assertThat(missingSubcommand.exitCode()).isEqualTo(2);
        assertThat(missingSubcommand.err()).contains("db info");
    }

    @Test
    void aDatabaseItCannotOpenGivesOneTranslatedLine() throws Exception {
        Path blocker = Files.writeString(temp.resolve("blocker"), "x");
        CliRun info = run("db", "info", "--db", blocker.resolve("storedesk").toString());

        assertThat(info.exitCode()).isEqualTo(1);
        String expected = new Messages(Language.forSystemLocale()).get("error.database.unreachable",
                blocker.resolve("storedesk").toString());
        assertThat(info.err().strip()).isEqualTo(expected);
    }
}
