package com.storedesk.pos.square;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ExecutionResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What StoreDesk sends Square: its headers, the location filter, the same query on every page, the write-backs. */
class SquareRequestsTest {

    private static final String ORDERS = "POST /v2/orders/search";

    private SquareSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SquareSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void everyCallCarriesTheTokenAndThePinnedVersion() throws Exception {
        fixture.sync();

        assertThat(fixture.square.requests()).hasSize(9).allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SquareServer.TOKEN);
            assertThat(request.getHeader("Square-Version")).isEqualTo("2025-08-20");
        });
    }

    @Test
    void ordersAreSearchedByLocationAndUpdateTimeAndTheNextPageRepeatsTheQuery() throws Exception {
        fixture.sync();

        List<RecordedRequest> orders = fixture.square.requests(ORDERS);
        assertThat(orders).hasSize(2);
        JsonNode first = SquareServer.body(orders.get(0));
        assertThat(first.path("location_ids").toString()).isEqualTo("[\"" + SquareServer.LOCATION + "\"]");
        assertThat(first.at("/query/sort/sort_field").asText()).isEqualTo("UPDATED_AT");
        assertThat(first.at("/query/sort/sort_order").asText()).isEqualTo("ASC");
        assertThat(first.at("/query/filter/state_filter/states").toString()).isEqualTo("[\"COMPLETED\"]");
        assertThat(first.at("/query/filter/date_time_filter/updated_at/end_at").asText())
                .isEqualTo(SquareSyncFixture.NOW.toString());
        assertThat(first.at("/query/filter/date_time_filter/updated_at/start_at").isMissingNode())
                .as("the first pass takes all history").isTrue();
        assertThat(first.has("cursor")).isFalse();

        ObjectNode second = (ObjectNode) SquareServer.body(orders.get(1));
        assertThat(second.remove("cursor").asText()).isEqualTo("ORDERS-PAGE-2");
        assertThat(second).as("the same body, with Square's cursor").isEqualTo(first);
    }

    @Test
    void theNextPassAsksOnlyForWhatChangedSinceTheLastOne() throws Exception {
        fixture.sync();
        fixture.clock.advance(Duration.ofHours(2));
        fixture.sync();

        Instant since = SquareSyncFixture.NOW.minus(SyncCursor.OVERLAP);
        JsonNode orders = SquareServer.body(fixture.square.requests(ORDERS).get(2));
        assertThat(orders.at("/query/filter/date_time_filter/updated_at/start_at").asText()).isEqualTo(since.toString());
        assertThat(orders.at("/query/filter/date_time_filter/updated_at/end_at").asText())
                .isEqualTo(SquareSyncFixture.NOW.plus(Duration.ofHours(2)).toString());
        JsonNode catalog = SquareServer.body(fixture.square.requests("POST /v2/catalog/search").get(1));
        assertThat(catalog.path("begin_time").asText()).isEqualTo(since.toString());
        assertThat(catalog.path("include_deleted_objects").asBoolean()).isTrue();
        JsonNode customers = SquareServer.body(fixture.square.requests("POST /v2/customers/search").get(2));
        assertThat(customers.at("/query/filter/updated_at/start_at").asText()).isEqualTo(since.toString());
        JsonNode inventory = SquareServer.body(fixture.square.requests("POST /v2/inventory/counts/batch-retrieve").get(1));
        assertThat(inventory.path("updated_after").asText()).isEqualTo(since.toString());
        assertThat(inventory.path("location_ids").toString()).isEqualTo("[\"" + SquareServer.LOCATION + "\"]");
    }

    @Test
    void aPriceChangeIsThisLocationsOverrideWithTheActionsKey() throws Exception {
        String variation = SquareServer.resource("catalog.json");
        JsonNode large = new com.fasterxml.jackson.databind.ObjectMapper().readTree(variation)
                .at("/objects/0/item_data/variations/1");
        fixture.square.interject("POST /v2/catalog/search", null,
                new MockResponse().setBody("{\"objects\":[" + large + "]}"));

        ExecutionResult result = fixture.connector().execute(new ActionCommand("key-price-1", SquareServer.LOCATION,
                new ActionCommand.PermanentPrice("XVLBN7DU6JTWHJTG5F265B43", 199)));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        JsonNode search = SquareServer.body(fixture.square.requests("POST /v2/catalog/search").get(0));
        assertThat(search.at("/query/exact_query/attribute_name").asText()).isEqualTo("sku");
        JsonNode upsert = SquareServer.body(fixture.square.requests("POST /v2/catalog/object").get(0));
        assertThat(upsert.path("idempotency_key").asText()).isEqualTo("key-price-1");
        assertThat(upsert.at("/object/id").asText()).isEqualTo("XVLBN7DU6JTWHJTG5F265B43");
        assertThat(upsert.at("/object/version").asLong()).as("Square checks the version it was read at")
                .isEqualTo(1509031651626L);
        assertThat(upsert.at("/object/item_variation_data/location_overrides").toString())
                .isEqualTo("[{\"location_id\":\"18YC4JDH91E1H\",\"price_money\":{\"amount\":199,\"currency\":\"USD\"},"
                        + "\"pricing_type\":\"FIXED_PRICING\"}]");
    }

    @Test
    void aStockAdjustmentIsAnInventoryAdjustmentAndAKeySeenBeforeIsAlreadyApplied() throws Exception {
        String tea = SquareServer.resource("catalog.json");
        JsonNode regular = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tea)
                .at("/objects/0/item_data/variations/0");
        String found = "{\"objects\":[" + regular + "]}";
        fixture.square.interject("POST /v2/catalog/search", null, new MockResponse().setBody(found),
                new MockResponse().setBody(found));
        SquareConnector connector = fixture.connector();
        ActionCommand down = new ActionCommand("key-stock-1", SquareServer.LOCATION,
                new ActionCommand.StockAdjustment("TEA-BLK-R", new BigDecimal("-3")));

        assertThat(connector.execute(down)).isEqualTo(ExecutionResult.applied());
        JsonNode change = SquareServer.body(fixture.square.requests("POST /v2/inventory/changes/batch-create").get(0));
        assertThat(change.path("idempotency_key").asText()).isEqualTo("key-stock-1");
        assertThat(change.at("/changes/0/type").asText()).isEqualTo("ADJUSTMENT");
        JsonNode adjustment = change.at("/changes/0/adjustment");
        assertThat(adjustment.path("from_state").asText()).isEqualTo("IN_STOCK");
        assertThat(adjustment.path("to_state").asText()).isEqualTo("WASTE");
        assertThat(adjustment.path("quantity").asText()).isEqualTo("3");
        assertThat(adjustment.path("catalog_object_id").asText()).isEqualTo("5GSZPX6EU7MM75S57OONG3V5");
        assertThat(adjustment.path("location_id").asText()).isEqualTo(SquareServer.LOCATION);

        fixture.square.interject("POST /v2/inventory/changes/batch-create", null, new MockResponse().setResponseCode(400)
                .setBody("{\"errors\":[{\"category\":\"INVALID_REQUEST_ERROR\",\"code\":\"IDEMPOTENCY_KEY_REUSED\"}]}"));
        assertThat(connector.execute(down)).isEqualTo(ExecutionResult.alreadyApplied());
    }

    @Test
    void whatSquareCannotDoIsRefusedBeforeAnyCall() throws Exception {
        ExecutionResult result = fixture.connector().execute(new ActionCommand("key-po", SquareServer.LOCATION,
                new ActionCommand.PurchaseOrder("Tea Co", List.of())));

        assertThat(result.outcome()).isEqualTo(ExecutionResult.Outcome.REFUSED);
        assertThat(result.reason()).contains(com.storedesk.pos.WriteBackSupport.UNSUPPORTED).contains("purchase order");
        assertThat(fixture.square.requests()).isEmpty();
    }
}
