package com.storedesk.cli;

import static com.storedesk.cli.ImportFiles.REFUNDS;
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

/** {@code storedesk import --platform lightspeed}: R-Series V3 answers as the connector pulls them, into a fresh database. */
class LightspeedImportTest {

    private static final String[] ALL = {"import/account-list.json", "account.json", "shops.json", "employees-1.json",
        "employees-2.json", "items-1.json", "items-2.json", "customers.json", "item-shops.json", "sales-1.json",
        "sales-2.json"};
    private static final String SALES = "SELECT s.source, s.external_id, st.external_id, s.subtotal_minor,"
            + " s.discount_minor, s.tax_minor, s.total_minor, s.currency FROM sale s JOIN store st ON st.id = s.store_id"
            + " ORDER BY s.id";
    private static final String TENDERS = "SELECT s.external_id, t.tender_type, t.amount_minor FROM sale_tender t"
            + " JOIN sale s ON s.id = t.sale_id ORDER BY s.id, t.line_no";
    private static final String STOCK = "SELECT p.external_id, st.external_id, l.on_hand FROM stock_level l"
            + " JOIN product p ON p.id = l.product_id JOIN store st ON st.id = l.store_id ORDER BY p.external_id";
    private static final String[] TABLES = {SALES, TENDERS, REFUNDS, STOCK, "SELECT COUNT(*) FROM sale_line"};

    @TempDir
    Path temp;

    @Test
    void theAccountsAnswersArriveWithEachSalesNetTotal() throws Exception {
        String database = database("all");

        CliRun run = CliRun.of(args(database, ALL));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("shops.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 1 other records;"
                + " 1 saved, 0 refused");
        assertThat(run.out()).contains("sales-1.json: 2 sales (3 lines), 0 refunds, 0 stock rows, 1 other records;"
                + " 3 saved, 0 refused");
        assertThat(run.out()).as("2 x 45.00 at half price and 10.00; GST 2.75 and QST 5.48625")
                .contains("sale 5: net CA$55.00, tax CA$8.24");
        assertThat(run.out()).contains("sale 120: net CA$66.40, tax CA$8.63")
                .contains("sale 121: net CA$20.70, tax CA$2.69");
        assertThat(run.out()).contains("sales-2.json: 1 sales (1 lines), 1 refunds");
        assertThat(rows(database, SALES)).containsExactly("lightspeed:83050|5|1|10000|4500|824|6324|CAD",
                "lightspeed:83050|120|1|6990|350|863|7503|CAD", "lightspeed:83050|121|1|2300|230|269|2339|CAD");
        assertThat(rows(database, TENDERS)).containsExactly("5|GIFT_CARD|2000", "5|CARD|4324", "120|CARD|7503",
                "121|CASH|2339");
        assertThat(rows(database, REFUNDS)).as("sale 130 gives back one of line 4's two, of sale 5")
                .containsExactly("130|5|2587");
        assertThat(rows(database, STOCK)).as("shop 1's row; shop 0 is the account's sum").containsExactly("3|1|12.000");
    }

    @Test
    void aPageThatNamesItsAccountNeedsOnlyTheCurrencyBeforeIt() throws Exception {
        String database = database("linked");

        CliRun run = CliRun.of(args(database, "account.json", "items-1.json", "customers.json"));

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).as("its @attributes.next URL is Account/83050's")
                .contains("items-1.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 3 other records; 3 saved");
        assertThat(run.out()).as("the first page named the account, the customers' does not need to")
                .contains("customers.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 2 other records");
        assertThat(rows(database, "SELECT DISTINCT source FROM product")).containsExactly("lightspeed:83050");
        assertThat(rows(database, "SELECT COUNT(*) FROM store")).containsExactly("0");
    }

    @Test
    void referenceDataComesFirstAndTheMessageSaysWhichFile() throws Exception {
        String database = database("first");

        CliRun noAccount = CliRun.of(args(database, "shops.json"));
        CliRun noCurrency = CliRun.of(args(database, "import/account-list.json", "items-2.json"));
        CliRun orphanReturn = CliRun.of(args(database, "import/account-list.json", "account.json", "sales-2.json"));
        CliRun parentLine = CliRun.of(args(database, "import/account-list.json", "account.json", "sale-lines.json",
                "sales-2.json"));

        assertThat(noAccount.out()).contains("shops.json: cannot be read (shops names no account: import the account"
                + " list (GET /API/V3/Account.json) first, in the same command)");
        assertThat(noCurrency.out()).contains("items-2.json: cannot be read (items names no currency: import the"
                + " account's answer (GET /API/V3/Account/{accountID}.json) first");
        assertThat(orphanReturn.out()).contains("sales-2.json: cannot be read (sale 130 returns line 4 of a sale not"
                + " imported: import that sale (or GET /API/V3/Account/{accountID}/SaleLine/4.json) first");
        assertThat(parentLine.out()).as("the parent line's answer links the return to sale 5")
                .contains("sales-2.json: 1 sales (1 lines), 1 refunds");
        assertThat(List.of(noAccount.exitCode(), noCurrency.exitCode(), orphanReturn.exitCode())).containsOnly(1);
        assertThat(rows(database, "SELECT COUNT(*) FROM product")).containsExactly("0");
    }

    @Test
    void aBrokenFileIsNamedWithItsProblemAndTheGoodOnesBeforeItAreKept() throws Exception {
        String database = database("broken");
        Path cut = Files.writeString(temp.resolve("sales-cut.json"), "{\"@attributes\": {}, \"Sale\": [{\"saleID\":");
        Path clover = Files.writeString(temp.resolve("clover-orders.json"), "{\"elements\": []}");
        Path error = Files.writeString(temp.resolve("unauthorized.json"), "{\"httpCode\": \"401\", \"httpMessage\":"
                + " \"Unauthorized\", \"message\": \"Invalid access token.\", \"errorClass\": \"Exception\"}");
        Path noLines = Files.writeString(temp.resolve("sale-without-id.json"), "{\"@attributes\": {\"count\": \"1\"},"
                + " \"Sale\": {\"timeStamp\": \"2021-06-02T10:02:00+00:00\"}}");

        CliRun run = CliRun.of("import", "--platform", "lightspeed", "--db", database,
                ImportFiles.fixture("lightspeed", "import/account-list.json"),
                ImportFiles.fixture("lightspeed", "account.json"), ImportFiles.fixture("lightspeed", "shops.json"),
                cut.toString(), clover.toString(), error.toString(), noLines.toString(),
                ImportFiles.fixture("lightspeed", "items-1.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("sales-cut.json: cannot be read (not JSON (line 1, column");
        assertThat(run.out()).contains("clover-orders.json: cannot be read (a Lightspeed V3 answer has @attributes;"
                + " this one has none)");
        assertThat(run.out()).contains("unauthorized.json: cannot be read (an error answer from Lightspeed (401),"
                + " not data)");
        assertThat(run.out()).contains("sale-without-id.json: cannot be read (not as Lightspeed documents it: sale"
                + " has no saleID)");
        assertThat(run.out()).contains("items-1.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 3 other records");
        assertThat(rows(database, "SELECT COUNT(*) FROM store")).containsExactly("1");
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("0");
    }

    @Test
    void jsonGivesEachSalesTotalsInMajorUnits() throws Exception {
        String database = database("json");

        CliRun run = CliRun.of(json(args(database, ALL)));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sales = new ObjectMapper().readTree(run.out()).get(9);
        assertThat(sales.get("sales").asInt()).isEqualTo(2);
        assertThat(sales.get("saleTotals").get(0).get("net").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(sales.get("saleTotals").get(0).get("tax").decimalValue()).isEqualByComparingTo("8.24");
        assertThat(sales.get("saleTotals").get(0).get("currency").asText()).isEqualTo("CAD");
        assertThat(sales.get("rejected")).isEmpty();
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
        return ImportFiles.importArgs("lightspeed", database, files);
    }

}
