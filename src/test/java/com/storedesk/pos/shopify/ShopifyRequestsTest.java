package com.storedesk.pos.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ExecutionResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What StoreDesk sends Shopify: the token, the pinned endpoint, the search filters, the same query on every page, the write-backs. */
class ShopifyRequestsTest {

    private ShopifySyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ShopifySyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void everyCallIsAGraphQlPostToThePinnedVersionWithTheAccessToken() throws Exception {
        fixture.sync();

        assertThat(fixture.shopify.requests()).hasSize(8).allSatisfy(request -> {
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getPath()).isEqualTo("/admin/api/2026-01/graphql.json");
            assertThat(request.getHeader("X-Shopify-Access-Token")).isEqualTo(ShopifyServer.TOKEN);
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            JsonNode body = ShopifyServer.body(request);
            assertThat(body.path("query").asText()).contains("query " + body.path("operationName").asText() + "(");
        });
    }

    @Test
    void ordersAreThisLocationsPosSalesInTheWindowAndTheNextPageRepeatsTheQuery() throws Exception {
        fixture.sync();

        List<RecordedRequest> orders = fixture.shopify.requests("Orders");
        assertThat(orders).hasSize(2);
        JsonNode first = ShopifyServer.body(orders.get(0));
        assertThat(first.at("/variables/query").asText()).as("the first pass takes all history up to its start")
                .isEqualTo("source_name:pos location_id:655441491 updated_at:<='" + ShopifySyncFixture.NOW + "'");
        assertThat(first.path("query").asText()).contains("sortKey: UPDATED_AT")
                .contains("pageInfo { hasNextPage endCursor }").contains("shopMoney { amount currencyCode }");
        assertThat(first.at("/variables/after").isMissingNode()).isTrue();

        JsonNode second = ShopifyServer.body(orders.get(1));
        ObjectNode variables = (ObjectNode) second.path("variables").deepCopy();
        assertThat(variables.remove("after").asText()).isEqualTo(ShopifyServer.ORDERS_PAGE_2);
        assertThat(variables).as("the same variables, with Shopify's endCursor").isEqualTo(first.path("variables"));
        assertThat(second.path("query")).isEqualTo(first.path("query"));
    }

    @Test
    void anOrderLongerThanItsFirstPageOfLinesIsCompletedBeforeItIsMapped() throws Exception {
        JsonNode page = new ObjectMapper()
                .readTree(ShopifyServer.resource("orders-1.json"));
        ObjectNode lineItems = (ObjectNode) page.at("/data/orders/nodes/0/lineItems");
        ((ArrayNode) lineItems.get("nodes")).remove(2);
        ((ObjectNode) lineItems.get("pageInfo")).put("hasNextPage", true).put("endCursor", ShopifyServer.LINES_PAGE_2);
        fixture.shopify.interject("Orders", null, ShopifyServer.json(page.toString()));

        fixture.sync();

        JsonNode more = ShopifyServer.body(fixture.shopify.requests("OrderLineItems").get(0));
        assertThat(more.at("/variables/id").asText()).isEqualTo("gid://shopify/Order/450789469");
        assertThat(more.at("/variables/after").asText()).isEqualTo(ShopifyServer.LINES_PAGE_2);
        assertThat(fixture.rows("SELECT subtotal_minor, discount_minor, total_minor FROM sale"
                + " WHERE external_id = 'gid://shopify/Order/450789469'")).containsExactly("59700|1000|59894");
        assertThat(fixture.count("SELECT COUNT(*) FROM refund_line")).as("the refund's line on the third line")
                .isEqualTo(2);
    }

    @Test
    void theNextPassAsksOnlyForWhatChangedSinceTheLastOne() throws Exception {
        fixture.sync();
        fixture.clock.advance(Duration.ofHours(2));
        fixture.sync();

        Instant since = ShopifySyncFixture.NOW.minus(SyncCursor.OVERLAP);
        Instant until = ShopifySyncFixture.NOW.plus(Duration.ofHours(2));
        assertThat(ShopifyServer.body(fixture.shopify.requests("Orders").get(2)).at("/variables/query").asText())
                .isEqualTo("source_name:pos location_id:655441491 updated_at:>='" + since + "' updated_at:<='" + until
                        + "'");
        for (String reference : new String[] {"ProductVariants", "Customers", "InventoryLevels"}) {
            List<RecordedRequest> requests = fixture.shopify.requests(reference);
            assertThat(ShopifyServer.body(requests.get(0)).at("/variables/query").isMissingNode())
                    .as("the first pass reads all of " + reference).isTrue();
            assertThat(ShopifyServer.body(requests.get(requests.size() - 1)).at("/variables/query").asText())
                    .as("reference data has no upper bound: what a sale names is never left out")
                    .isEqualTo("updated_at:>='" + since + "'");
        }
        assertThat(ShopifyServer.body(fixture.shopify.requests("InventoryLevels").get(1)).at("/variables/locationId")
                .asText()).isEqualTo(ShopifyServer.LOCATION);
    }

    @Test
    void aStockAdjustmentCarriesTheActionsKeyAsShopifysIdempotencyKey() throws Exception {
        ActionCommand down = new ActionCommand("key-stock-1", ShopifyServer.LOCATION,
                new ActionCommand.StockAdjustment("IPOD2008PINK", new BigDecimal("-3")));

        assertThat(fixture.connector().execute(down)).isEqualTo(ExecutionResult.applied());

        JsonNode lookup = ShopifyServer.body(fixture.shopify.requests("VariantBySku").get(0));
        assertThat(lookup.at("/variables/query").asText()).isEqualTo("sku:\"IPOD2008PINK\"");
        JsonNode adjust = ShopifyServer.body(fixture.shopify.requests("InventoryAdjustQuantities").get(0));
        assertThat(adjust.path("query").asText()).contains("inventoryAdjustQuantities(input: $input)"
                + " @idempotent(key: \"key-stock-1\")");
        JsonNode input = adjust.at("/variables/input");
        assertThat(input.path("name").asText()).isEqualTo("available");
        assertThat(input.path("reason").asText()).isEqualTo("correction");
        assertThat(input.path("referenceDocumentUri").asText()).isEqualTo("gid://storedesk/StockAdjustment/key-stock-1");
        assertThat(input.path("changes").toString()).isEqualTo("[{\"delta\":-3,"
                + "\"inventoryItemId\":\"gid://shopify/InventoryItem/808950810\","
                + "\"locationId\":\"gid://shopify/Location/655441491\"}]");
    }

    @Test
    void aKeyThatCannotBeQuotedBecomesAStableUuid() {
        assertThat(ShopifyWriteBack.safeKey("a\"b")).isEqualTo(ShopifyWriteBack.safeKey("a\"b"))
                .matches("[0-9a-f-]{36}");
        assertThat(ShopifyWriteBack.adjustDocument("x\") { evil }")).doesNotContain("evil");
    }

    @Test
    void aPriceChangeUpdatesTheVariantsPriceAndAPriceInPlaceIsAlreadyApplied() throws Exception {
        ShopifyConnector connector = fixture.connector();

        assertThat(connector.execute(new ActionCommand("key-price-1", "655441491",
                new ActionCommand.PermanentPrice("IPOD2008PINK", 17900)))).isEqualTo(ExecutionResult.applied());
        JsonNode update = ShopifyServer.body(fixture.shopify.requests("ProductVariantsBulkUpdate").get(0));
        assertThat(update.at("/variables/productId").asText()).isEqualTo("gid://shopify/Product/632910392");
        assertThat(update.at("/variables/variants").toString())
                .isEqualTo("[{\"id\":\"gid://shopify/ProductVariant/808950810\",\"price\":\"179.00\"}]");

        assertThat(connector.execute(new ActionCommand("key-price-2", ShopifyServer.LOCATION,
                new ActionCommand.PermanentPrice("IPOD2008PINK", 19900)))).isEqualTo(ExecutionResult.alreadyApplied());
        assertThat(fixture.shopify.requests("ProductVariantsBulkUpdate")).hasSize(1);
    }

    @Test
    void userErrorsAreARefusalInShopifysWords() throws Exception {
        fixture.shopify.interject("InventoryAdjustQuantities", null, ShopifyServer.json("{\"data\":{"
                + "\"inventoryAdjustQuantities\":{\"inventoryAdjustmentGroup\":null,\"userErrors\":[{\"field\":"
                + "[\"input\",\"changes\",\"0\",\"inventoryItemId\"],\"message\":\"The specified inventory item is not"
                + " stocked at the location.\",\"code\":\"ITEM_NOT_STOCKED_AT_LOCATION\"}]}}}"));

        ExecutionResult result = fixture.connector().execute(new ActionCommand("key-stock-2", ShopifyServer.LOCATION,
                new ActionCommand.StockAdjustment("IPOD2008PINK", BigDecimal.ONE)));

        assertThat(result.outcome()).isEqualTo(ExecutionResult.Outcome.REFUSED);
        assertThat(result.reason()).contains("ITEM_NOT_STOCKED_AT_LOCATION");
    }

    @Test
    void whatShopifyCannotDoIsRefusedBeforeAnyCall() throws Exception {
        ShopifyConnector connector = fixture.connector();

        ExecutionResult order = connector.execute(new ActionCommand("key-po", ShopifyServer.LOCATION,
                new ActionCommand.PurchaseOrder("Apple", List.of())));
        ExecutionResult discount = connector.execute(new ActionCommand("key-discount", ShopifyServer.LOCATION,
                new ActionCommand.Discount("IPOD2008PINK", BigDecimal.TEN, ShopifySyncFixture.NOW)));
        ExecutionResult elsewhere = connector.execute(new ActionCommand("key-other", "gid://shopify/Location/1",
                new ActionCommand.PermanentPrice("IPOD2008PINK", 100)));
        ExecutionResult fraction = connector.execute(new ActionCommand("key-half", ShopifyServer.LOCATION,
                new ActionCommand.StockAdjustment("IPOD2008PINK", new BigDecimal("0.5"))));

        assertThat(order.reason()).contains("no purchase orders");
        assertThat(discount.reason()).contains(com.storedesk.pos.WriteBackSupport.UNSUPPORTED).contains("discount");
        assertThat(elsewhere.reason()).contains("not gid://shopify/Location/1");
        assertThat(fraction.reason()).contains("whole units");
        assertThat(List.of(order, discount, elsewhere, fraction))
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ExecutionResult.Outcome.REFUSED));
        assertThat(fixture.shopify.requests()).isEmpty();
    }
}
