package com.storedesk.cli;

import static com.storedesk.cli.ImportFiles.REFUNDS;
import static com.storedesk.cli.ImportFiles.SALES;
import static com.storedesk.cli.ImportFiles.STOCK;
import static com.storedesk.cli.ImportFiles.TENDERS;
import static com.storedesk.cli.ImportFiles.json;
import static com.storedesk.cli.ImportFiles.rows;
import static com.storedesk.cli.ImportFiles.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk import --platform clover}: Clover v3 answers and webhook bodies, into a fresh database. */
class CloverImportTest {

    private static final String[] ALL = {"merchant.json", "employees.json", "items-1.json", "items-2.json",
        "customers.json", "item-stocks.json", "orders-1.json", "orders-2.json", "orders-3.json"};
    private static final String[] TABLES = {SALES, TENDERS, REFUNDS, STOCK, "SELECT COUNT(*) FROM sale_line"};

    @TempDir
    Path temp;

    @Test
    void theMerchantsAnswersArriveWithEachSalesNetTotal() throws Exception {
        String database = database("all");

        CliRun run = CliRun.of(args(database, ALL));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("orders-2.json: 2 sales (4 lines), 1 refunds, 0 stock rows, 0 other records;"
                + " 3 saved, 0 refused");
        assertThat(run.out()).contains("sale ORDERA0000001: net $23.68, tax $2.01")
                .contains("sale ORDERB0000001: net $8.48, tax $0.00").contains("sale ORDERC0000001: net $25.98, tax $2.21");
        assertThat(run.out()).contains("orders-3.json: 0 sales (0 lines)")
                .contains("  1 left out: no sale (open, unpaid or test orders), as the sync leaves them out");
        assertThat(run.out()).contains("item-stocks.json: 0 sales (0 lines), 0 refunds, 2 stock rows");
        assertThat(rows(database, SALES)).containsExactly(
                "clover:7R56PZ0Z0EAB1|ORDERA0000001|7R56PZ0Z0EAB1|2598|230|201|2569",
                "clover:7R56PZ0Z0EAB1|ORDERB0000001|7R56PZ0Z0EAB1|848|0|0|848",
                "clover:7R56PZ0Z0EAB1|ORDERC0000001|7R56PZ0Z0EAB1|2598|0|221|2819");
        assertThat(rows(database, TENDERS)).as("the external gift card is a gift card")
                .contains("ORDERA0000001|CASH|2569", "ORDERB0000001|GIFT_CARD|500");
        assertThat(rows(database, REFUNDS)).containsExactly("REFUNDC000001|ORDERC0000001|1409");
        assertThat(rows(database, STOCK)).contains("V33H8XGTZCKNP|40.500", "EWKZEMNCBQQ9Y|12.000");
    }

    @Test
    void webhookBodiesOnlyNameObjectsAndAreNoError() throws Exception {
        String database = database("webhooks");

        CliRun run = CliRun.of(json(args(database, "import/webhook-order-updated.json",
                "webhook_verification_request_body.json")));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        JsonNode files = new ObjectMapper().readTree(run.out());
        assertThat(files.get(0).get("leftOut").get(0).get("reason").asText()).isEqualTo("NAMES_ONLY");
        assertThat(files.get(0).get("leftOut").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(files.get(1).get("leftOut").get(0).get("reason").asText()).isEqualTo("VERIFICATION_REQUEST");
        assertThat(files.get(0).has("error")).isFalse();
        assertThat(files.get(1).get("accepted").asInt()).isZero();
    }

    @Test
    void webhookBodiesSayWhatTheyAreInText() throws Exception {
        CliRun run = CliRun.of(args(database("text"), "import/webhook-order-updated.json",
                "webhook_verification_request_body.json"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  a notification naming 2 objects, nothing to keep: the next sync brings them")
                .contains("  a request to confirm the webhook address: no store data to keep");
    }

    @Test
    void referenceDataComesFirstUnlessTheObjectsNameTheirMerchant() throws Exception {
        String database = database("first");

        CliRun run = CliRun.of(args(database, "items-1.json", "item-stocks.json", "employees.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("items-1.json: cannot be read (an item names no merchant currency: import the"
                + " merchant's own answer (GET /v3/merchants/{mId}?expand=address,properties) first, in the same"
                + " command)");
        assertThat(run.out()).contains("item-stocks.json: cannot be read (an item stock names no merchant");
        assertThat(run.out()).as("the employee list's href names the merchant")
                .contains("employees.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 2 other records");
        assertThat(rows(database, "SELECT COUNT(*) FROM product")).containsExactly("0");
    }

    @Test
    void aBrokenFileIsNamedWithItsProblemAndTheGoodOnesBeforeItAreKept() throws Exception {
        String database = database("broken");
        Path cut = Files.writeString(temp.resolve("orders-cut.json"), "{\"elements\": [{\"id\": \"ORDERA0000001\",");
        Path lightspeed = Files.writeString(temp.resolve("lightspeed-sale.json"),
                "{\"@attributes\": {\"count\": \"1\"}, \"Sale\": {\"saleID\": \"5\"}}");
        Path error = Files.writeString(temp.resolve("unauthorized.json"), "{\"message\": \"401 Unauthorized\"}");
        Path noId = Files.writeString(temp.resolve("order-without-id.json"), "{\"elements\": [{\"href\":"
                + " \"https://api.clover.com/v3/merchants/7R56PZ0Z0EAB1/orders/X\", \"state\": \"locked\"}]}");

        CliRun run = CliRun.of("import", "--platform", "clover", "--db", database,
                ImportFiles.fixture("clover", "merchant.json"), cut.toString(), lightspeed.toString(), error.toString(),
                noId.toString(), ImportFiles.fixture("clover", "items-1.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("orders-cut.json: cannot be read (not JSON (line 1, column");
        assertThat(run.out()).contains("lightspeed-sale.json: cannot be read (no Clover object StoreDesk reads");
        assertThat(run.out()).contains("unauthorized.json: cannot be read (an error answer from Clover (401), not data)");
        assertThat(run.out()).contains("order-without-id.json: cannot be read (not as Clover documents it: order has"
                + " no id)");
        assertThat(run.out()).contains("items-1.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 3 other records");
        assertThat(rows(database, "SELECT COUNT(*) FROM store")).containsExactly("1");
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("0");
    }

    @Test
    void importingTheSameFilesTwiceLeavesTheSameRows() throws Exception {
        String database = database("twice");

        CliRun once = CliRun.of(args(database, ALL));
        List<List<String>> after = snapshot(database, TABLES);
        CliRun twice = CliRun.of(args(database, ALL));

        assertThat(List.of(once.exitCode(), twice.exitCode())).containsOnly(0);
        assertThat(snapshot(database, TABLES)).isEqualTo(after);
        assertThat(after.get(0)).hasSize(3);
    }

    private String database(String name) {
        return temp.resolve(name).resolve("storedesk").toString();
    }

    private static String[] args(String database, String... files) throws URISyntaxException {
        return ImportFiles.importArgs("clover", database, files);
    }

}
