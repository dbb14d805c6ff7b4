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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storedesk import --platform shopify}: the connector's own GraphQL answers, and Shopify's
 * published REST examples and webhook bodies, into a fresh database file.
 */
class ShopifyImportTest {

    private static final String LINES = "SELECT s.external_id, l.line_no, p.external_id, l.quantity,"
            + " l.unit_price_minor, l.discount_minor FROM sale_line l JOIN sale s ON s.id = l.sale_id"
            + " JOIN product p ON p.id = l.product_id ORDER BY s.external_id, l.line_no";
    private static final String REFUND_LINES = "SELECT rl.line_no, sl.line_no, p.external_id, rl.quantity,"
            + " rl.amount_minor, rl.restocked FROM refund_line rl JOIN product p ON p.id = rl.product_id"
            + " LEFT JOIN sale_line sl ON sl.id = rl.sale_line_id ORDER BY rl.line_no";
    private static final String[] TABLES = {SALES, LINES, TENDERS, REFUNDS, REFUND_LINES, STOCK};

    @TempDir
    Path temp;

    @Test
    void theConnectorsGraphQlAnswersArriveWithEachSalesNetTotal() throws Exception {
        String database = database("graphql");

        CliRun run = CliRun.of(args(database, "location.json", "staff.json", "variants-1.json", "variants-2.json",
                "customers.json", "inventory-levels.json", "orders-1.json", "orders-2.json"));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("orders-1.json: 1 sales (3 lines), 1 refunds, 0 stock rows, 0 other records;"
                + " 2 saved, 0 refused");
        assertThat(run.out()).as("3 x 199.00 less the 10.00 TENOFF code, 6% tax on top")
                .contains("sale gid://shopify/Order/450789469: net $587.00, tax $11.94");
        assertThat(run.out()).as("199.00 less 10% staff pick").contains("sale gid://shopify/Order/450789470: net $179.10,"
                + " tax $10.75");
        assertThat(run.out()).contains("inventory-levels.json: 0 sales (0 lines), 0 refunds, 4 stock rows");
        assertThat(rows(database, SALES)).containsExactly(
                "shopify:jsmith|gid://shopify/Order/450789469|gid://shopify/Location/655441491|59700|1000|1194|59894",
                "shopify:jsmith|gid://shopify/Order/450789470|gid://shopify/Location/655441491|19900|1990|1075|18985");
        assertThat(rows(database, TENDERS)).containsExactly("gid://shopify/Order/450789469|CARD|59894",
                "gid://shopify/Order/450789470|GIFT_CARD|15000", "gid://shopify/Order/450789470|CASH|3985");
        assertThat(rows(database, REFUNDS)).as("two iPods back, 195.66 and 195.67 with 3.98 tax each")
                .containsExactly("gid://shopify/Refund/509562969|gid://shopify/Order/450789469|39929");
        assertThat(rows(database, STOCK)).as("on hand, not available").contains(
                "gid://shopify/ProductVariant/457924702|5.000", "gid://shopify/ProductVariant/49148385|2.000");
    }

    @Test
    void restAnswersAndWebhookBodiesMapToTheRowsThePullWrites() throws Exception {
        String fromRest = database("rest");
        String pulled = database("pulled");

        CliRun rest = CliRun.of(args(fromRest, "rest/shop_GET.json", "rest/locations_GET.json",
                "rest/product_632910392_GET.json", "rest/order-pos.json", "rest/refunds_list_GET.json",
                "rest/inventory_levels_by_location_GET.json", "webhook_shaped/inventory_levels_update.json"));
        CliRun graphQl = CliRun.of(args(pulled, "location.json", "staff.json", "variants-1.json", "variants-2.json",
                "customers.json", "orders-1.json"));

        assertThat(rest.exitCode()).as(rest.err() + rest.out()).isZero();
        assertThat(graphQl.exitCode()).as(graphQl.err() + graphQl.out()).isZero();
        assertThat(rest.out()).contains("locations_GET.json: 0 sales (0 lines), 0 refunds, 0 stock rows,"
                + " 5 other records; 5 saved");
        assertThat(rest.out()).contains("sale gid://shopify/Order/450789469: net $587.00, tax $11.94");
        assertThat(rest.out()).contains("refunds_list_GET.json: 0 sales (0 lines), 1 refunds");
        assertThat(rows(fromRest, SALES)).isEqualTo(rows(pulled, SALES));
        assertThat(rows(fromRest, LINES)).hasSize(3).isEqualTo(rows(pulled, LINES));
        assertThat(rows(fromRest, REFUNDS)).isEqualTo(rows(pulled, REFUNDS));
        assertThat(rows(fromRest, REFUND_LINES)).isEqualTo(rows(pulled, REFUND_LINES));
        assertThat(rows(fromRest, TENDERS)).as("a REST order lists no transactions").isEmpty();
        assertThat(rows(fromRest, STOCK)).as("the inventory_levels/update body's 42 is the latest").contains(
                "gid://shopify/ProductVariant/808950810|42.000", "gid://shopify/ProductVariant/457924702|4.000");
    }

    @Test
    void anOrderImportedFromAFileAndLaterPulledIsOneOrder() throws Exception {
        String database = database("later");

        CliRun first = CliRun.of(args(database, "location.json", "variants-1.json", "variants-2.json",
                "customers.json", "rest/order-pos.json", "webhook_shaped/refunds_create.json"));
        CliRun later = CliRun.of(args(database, "location.json", "staff.json", "orders-1.json"));

        assertThat(first.exitCode()).as(first.err() + first.out()).isZero();
        assertThat(later.exitCode()).as(later.err() + later.out()).isZero();
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("1");
        assertThat(rows(database, REFUNDS)).containsExactly(
                "gid://shopify/Refund/509562969|gid://shopify/Order/450789469|39929");
        assertThat(rows(database, TENDERS)).as("the pulled version, updated later, has the payment")
                .containsExactly("gid://shopify/Order/450789469|CARD|59894");
    }

    @Test
    void anOnlineOrderIsLeftOutAsThePullLeavesItOutAndSaysSo() throws Exception {
        String database = database("online");

        CliRun run = CliRun.of(args(database, "location.json", "rest/order_450789469_GET.json",
                "webhook_shaped/orders_create.json", "webhook_shaped/refunds_create.json"));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("order_450789469_GET.json: 0 sales (0 lines), 0 refunds")
                .contains("  1 left out: not sold at a point of sale (the sync leaves these out too)");
        assertThat(run.out()).contains("refunds_create.json: 0 sales (0 lines), 0 refunds");
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("0");
        assertThat(rows(database, "SELECT COUNT(*) FROM refund")).containsExactly("0");
    }

    @Test
    void jsonGivesTotalsInMajorUnitsAndWhatWasLeftOut() throws Exception {
        String database = database("json");

        CliRun run = CliRun.of(json(args(database, "location.json", "orders-2.json", "rest/order_450789469_GET.json")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode files = new ObjectMapper().readTree(run.out());
        JsonNode sale = files.get(1).get("saleTotals").get(0);
        assertThat(sale.get("id").asText()).isEqualTo("gid://shopify/Order/450789470");
        assertThat(sale.get("net").decimalValue()).isEqualByComparingTo("179.10");
        assertThat(sale.get("tax").decimalValue()).isEqualByComparingTo("10.75");
        assertThat(files.get(2).get("leftOut").get(0).get("reason").asText()).isEqualTo("NOT_POINT_OF_SALE");
        assertThat(files.get(2).get("leftOut").get(0).get("count").asInt()).isEqualTo(1);
        List<String> reasons = new ArrayList<>();
        files.get(1).get("rejected").forEach(rejection -> reasons.add(rejection.get("reason").asText()));
        assertThat(reasons).as("no staff, variants or customers came before the order").isNotEmpty();
    }

    @Test
    void aBrokenFileIsNamedWithItsProblemAndTheGoodOnesBeforeItAreKept() throws Exception {
        String database = database("broken");
        Path cut = Files.writeString(temp.resolve("orders-cut.json"), "{\"data\": {\"orders\": {\"nodes\": [");
        Path square = Files.writeString(temp.resolve("square-order.json"),
                "{\"order\": {\"id\": \"CAISENgvlJ6jLWAzERDzjyHVybY\", \"location_id\": \"L1\"}}");

        CliRun run = CliRun.of("import", "--platform", "shopify", "--db", database,
                ImportFiles.fixture("shopify", "location.json"), cut.toString(), square.toString(),
                ImportFiles.fixture("shopify", "throttled.json"), ImportFiles.fixture("shopify", "variants-1.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("orders-cut.json: cannot be read (not JSON (line 1, column")
                .contains("Nothing from this file was saved.");
        assertThat(run.out()).contains("square-order.json: cannot be read (not as Shopify documents it:");
        assertThat(run.out()).contains("throttled.json: cannot be read (an error answer from Shopify (THROTTLED),"
                + " not data)");
        assertThat(run.out()).contains("variants-1.json: 0 sales (0 lines), 0 refunds, 0 stock rows, 4 other records");
        assertThat(rows(database, "SELECT COUNT(*) FROM store")).containsExactly("1");
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("0");
    }

    @Test
    void anOrderSavedWithoutAllItsLinesIsRefusedWhole() throws Exception {
        String database = database("long");
        String orders = Files.readString(Path.of(ImportFiles.fixture("shopify", "orders-2.json")));
        Path cut = Files.writeString(temp.resolve("orders-2-first-lines.json"),
                orders.replaceFirst("(\"lineItems\": \\{\\s*\"pageInfo\": \\{\\s*\"hasNextPage\": )false", "$1true"));

        CliRun run = CliRun.of("import", "--platform", "shopify", "--db", database,
                ImportFiles.fixture("shopify", "location.json"), cut.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("orders-2-first-lines.json: cannot be read (order gid://shopify/Order/450789470"
                + " has more line items than the answer holds");
        assertThat(rows(database, "SELECT COUNT(*) FROM sale")).containsExactly("0");
    }

    @Test
    void anOrdersAnswerOfAShopWithoutTheStaffScopeIsKeptWithoutCashiers() throws Exception {
        String database = database("nostaff");
        String orders = Files.readString(Path.of(ImportFiles.fixture("shopify", "orders-1.json")))
                .replaceAll("\"staffMember\": \\{\\s*\"id\": \"[^\"]+\"\\s*}", "\"staffMember\": null")
                .replaceFirst("\\{\\s*\"data\"", "{\"errors\": [{\"message\": \"Access denied for staffMember field.\","
                        + " \"extensions\": {\"code\": \"ACCESS_DENIED\"}, \"path\": [\"orders\", \"nodes\", 0,"
                        + " \"staffMember\"]}], \"data\"");
        Path withoutStaff = Files.writeString(temp.resolve("orders-without-staff.json"), orders);

        CliRun run = CliRun.of("import", "--platform", "shopify", "--db", database,
                ImportFiles.fixture("shopify", "location.json"), ImportFiles.fixture("shopify", "variants-1.json"),
                ImportFiles.fixture("shopify", "variants-2.json"), ImportFiles.fixture("shopify", "customers.json"),
                withoutStaff.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("orders-without-staff.json: 1 sales (3 lines), 1 refunds");
        assertThat(rows(database, "SELECT external_id, cashier_id FROM sale"))
                .containsExactly("gid://shopify/Order/450789469|null");
    }

    @Test
    void referenceDataComesFirstAndTheMessageSaysWhichFile() throws Exception {
        String database = database("order");

        CliRun run = CliRun.of(args(database, "rest/order-pos.json", "variants-1.json",
                "rest/shop_GET.json", "rest/inventory_levels_by_location_GET.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("order-pos.json: cannot be read (orders names no shop: import the shop's"
                + " answer (the StoreLocation query, or GET /admin/api/2025-01/shop.json) first, in the same command)");
        assertThat(run.out()).contains("variants-1.json: cannot be read (product variants names no shop");
        assertThat(run.out()).contains("inventory_levels_by_location_GET.json: cannot be read (inventory item 49148385"
                + " names no product variant: import the product's answer (GET /admin/api/2025-01/products/ID.json)");
        assertThat(rows(database, "SELECT COUNT(*) FROM product")).containsExactly("0");
    }

    @Test
    void importingTheSameFilesTwiceLeavesTheSameRows() throws Exception {
        String database = database("twice");
        String[] files = {"location.json", "staff.json", "variants-1.json", "variants-2.json", "customers.json",
            "inventory-levels.json", "orders-1.json", "orders-2.json", "rest/order-pos.json", "rest/refunds_list_GET.json"};

        CliRun once = CliRun.of(args(database, files));
        List<List<String>> after = snapshot(database, TABLES);
        CliRun twice = CliRun.of(args(database, files));

        assertThat(once.exitCode()).as(once.out()).isZero();
        assertThat(twice.exitCode()).as(twice.out()).isZero();
        assertThat(snapshot(database, TABLES)).isEqualTo(after);
        assertThat(after.get(0)).hasSize(2);
    }

    private String database(String name) {
        return temp.resolve(name).resolve("storedesk").toString();
    }

    private static String[] args(String database, String... files) throws URISyntaxException {
        return ImportFiles.importArgs("shopify", database, files);
    }

}
