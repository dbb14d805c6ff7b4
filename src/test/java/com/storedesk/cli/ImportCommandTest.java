package com.storedesk.cli;

import static com.storedesk.cli.ImportFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk import --platform square}: Square's documented answers, saved to files, into a fresh database. */
class ImportCommandTest {

    @TempDir
    Path temp;

    @Test
    void squareAnswersArriveFileByFileWithEachSalesNetTotal() throws Exception {
        String database = temp.resolve("import").resolve("storedesk").toString();

        CliRun run = CliRun.of("import", "--platform", "square", "--db", database, fixture("location.json"),
                fixture("catalog.json"), fixture("customers-1.json"), fixture("orders-1.json"),
                fixture("orders-2.json"), fixture("import/inventory.count.updated.json"));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("orders-1.json: 2 sales (4 lines), 0 refunds, 0 stock rows, 0 other records;"
                + " 2 saved, 0 refused");
        assertThat(run.out()).as("6099 gross less 433 of discounts, 510 tax on top")
                .contains("sale CAISENgvlJ6jLWAzERDzjyHVybY: net $56.66, tax $5.10");
        assertThat(run.out()).contains("orders-2.json: 0 sales (0 lines), 1 refunds");
        assertThat(run.out()).contains("inventory.count.updated.json: 0 sales (0 lines), 0 refunds, 1 stock rows");
        assertThat(rows(database, "SELECT external_id, total_minor FROM sale ORDER BY external_id"))
                .containsExactly("CAISEM82RcpmcFBM0TfOyiHV3es|550", "CAISENgvlJ6jLWAzERDzjyHVybY|6176");
        assertThat(rows(database, "SELECT amount_minor FROM refund")).containsExactly("2264");
        assertThat(rows(database, "SELECT on_hand FROM stock_level l JOIN product p ON p.id = l.product_id"
                + " WHERE p.external_id = 'XVLBN7DU6JTWHJTG5F265B43'")).containsExactly("10.000");
    }

    @Test
    void aBrokenFileIsNamedWithItsProblemAndTheOthersStillArrive() throws Exception {
        String database = temp.resolve("broken").resolve("storedesk").toString();
        Path broken = Files.writeString(temp.resolve("orders-cut.json"), "{\"orders\": [{\"id\": \"A\", ");
        Path noLocation = Files.writeString(temp.resolve("order-without-location.json"),
                "{\"order\": {\"id\": \"B\", \"line_items\": []}}");
        Path error = Files.writeString(temp.resolve("unauthorized.json"),
                "{\"errors\": [{\"category\": \"AUTHENTICATION_ERROR\", \"code\": \"UNAUTHORIZED\"}]}");

        CliRun run = CliRun.of("import", "--platform", "square", "--db", database, fixture("location.json"),
                broken.toString(), noLocation.toString(), error.toString(), fixture("catalog.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("orders-cut.json: cannot be read (not JSON (line 1, column")
                .contains("Nothing from this file was saved.");
        assertThat(run.out()).contains("order-without-location.json: cannot be read (not as Square documents it:"
                + " order has no location_id)");
        assertThat(run.out()).contains("unauthorized.json: cannot be read (an error answer from Square (UNAUTHORIZED),"
                + " not data)");
        assertThat(run.out()).contains("catalog.json: 0 sales");
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("0");
        assertThat(rows(database, "SELECT COUNT(*) FROM product")).isNotEqualTo(List.of("0"));
    }

    @Test
    void aCatalogWithoutItsLocationAskForTheLocationFirst() throws Exception {
        String database = temp.resolve("catalog").resolve("storedesk").toString();

        CliRun run = CliRun.of("import", "--platform", "square", "--db", database, fixture("catalog.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("a catalog names no location: import the location's own answer");
        assertThat(rows(database, "SELECT COUNT(*) FROM product")).containsExactly("0");
    }

    @Test
    void aNotificationThatOnlyNamesAnOrderSavesNothingAndIsNoError() throws Exception {
        String database = temp.resolve("notification").resolve("storedesk").toString();

        CliRun run = CliRun.of("import", "--platform", "square", "--db", database, "--json",
                fixture("webhooks/order.created.json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode file = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(file.get("sales").asInt()).isZero();
        assertThat(file.get("accepted").asInt()).isZero();
        assertThat(file.has("error")).isFalse();
        assertThat(file.get("leftOut").get(0).get("reason").asText()).isEqualTo("NAMES_ONLY");
    }

    @Test
    void jsonGivesEachSalesTotalsInMajorUnitsAndTheRefusals() throws Exception {
        String database = temp.resolve("json").resolve("storedesk").toString();

        CliRun run = CliRun.of("import", "--platform", "square", "--db", database, "--json",
                fixture("location.json"), fixture("orders-1.json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode orders = new ObjectMapper().readTree(run.out()).get(1);
        assertThat(orders.get("sales").asInt()).isEqualTo(2);
        assertThat(orders.get("saleTotals").get(0).get("net").decimalValue()).isEqualByComparingTo("56.66");
        assertThat(orders.get("saleTotals").get(0).get("currency").asText()).isEqualTo("USD");
        List<String> reasons = new ArrayList<>();
        orders.get("rejected").forEach(rejection -> reasons.add(rejection.get("reason").asText()));
        assertThat(reasons).as("no customers or catalog were imported before the orders")
                .containsExactlyInAnyOrder("UNKNOWN_CUSTOMER", "UNKNOWN_PRODUCT");
    }

    @Test
    void anUnknownPlatformIsRefusedByName() {
        CliRun run = CliRun.of("import", "--platform", "vend", "--db", temp.resolve("x").resolve("storedesk")
                .toString(), "file.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown platform vend: use clover, lightspeed, shopify, square.");
    }

    @Test
    void theHelpNamesEveryPlatform() {
        CliRun run = CliRun.of("import", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("--platform=PLATFORM The POS the files come from:"
                + " clover, lightspeed, shopify, square.");
    }

    private static String fixture(String name) throws URISyntaxException {
        return ImportFiles.fixture("square", name);
    }
}
