package com.storedesk.pos.lightspeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.WriteBackSupport;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.MovableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What StoreDesk sends Lightspeed for an approved action, as the R-Series reference documents it. */
class LightspeedWriteBackTest {

    private static final String API = LightspeedServer.API;
    private static final String ITEMS = API + "/Item.json";
    private static final String ITEM_22 = API + "/Item/22.json";
    private static final String ORDERS = API + "/Order.json";
    private static final String ORDER_LINES = API + "/OrderLine.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandLedger ledger = CommandLedger.inMemory();
    private final MovableClock clock = new MovableClock(LightspeedSyncFixture.NOW);
    private final List<Duration> sleeps = new ArrayList<>();
    private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    private LightspeedServer lightspeed;

    @BeforeEach
    void start() throws Exception {
        lightspeed = new LightspeedServer();
        lightspeed.page(API + "/Shop/1.json", null, "writeback/shop-1.json");
    }

    @AfterEach
    void stop() throws Exception {
        lightspeed.close();
    }

    @Test
    void aPriceIsTheItemsDefaultPriceLevelWithTheOtherLevelsKept() throws Exception {
        answer(ITEMS, "item-by-sku.json");
        answer(ITEM_22, "item-updated.json");

        ExecutionResult result = connector().execute(command("key-price-1", new ActionCommand.PermanentPrice("12341234",
                44999)));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        RecordedRequest lookup = lightspeed.requests(ITEMS).get(0);
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(lookup.getRequestUrl().queryParameter("customSku")).isEqualTo("12341234");
        assertThat(lookup.getRequestUrl().queryParameter("load_relations")).isEqualTo("[\"ItemShops\"]");
        RecordedRequest put = single(ITEM_22);
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getHeader("Authorization")).isEqualTo("Bearer " + LightspeedServer.TOKEN);
        assertThat(put.getHeader("Content-Type")).startsWith("application/json");
        assertThat(body(put).toString()).isEqualTo("{\"Prices\":{\"ItemPrice\":["
                + "{\"amount\":\"449.99\",\"useTypeID\":\"1\",\"useType\":\"Default\"},"
                + "{\"amount\":\"10\",\"useTypeID\":\"2\",\"useType\":\"MSRP\"},"
                + "{\"amount\":\"500\",\"useTypeID\":\"3\",\"useType\":\"Online\"}]}}");
    }

    @Test
    void aKeySentAgainAfterARestartIsAlreadyAppliedWithoutASecondWrite() throws Exception {
        answer(ITEMS, "item-by-sku.json");
        answer(ITEM_22, "item-updated.json");
        ActionCommand down = command("key-stock-1", new ActionCommand.StockAdjustment("12341234", new BigDecimal("-3")));
        assertThat(connector().execute(down)).isEqualTo(ExecutionResult.applied());
        int requests = lightspeed.requests().size();

        // A new connector on the same ledger: StoreDesk restarted and the outbox sends the key again.
        assertThat(connector().execute(down)).isEqualTo(ExecutionResult.alreadyApplied());

        assertThat(lightspeed.requests()).hasSize(requests);
        assertThat(lightspeed.requests(ITEM_22)).hasSize(1);
    }

    @Test
    void aStockAdjustmentWritesTheShopsQuantityOnHandPlusTheDelta() throws Exception {
        answer(ITEMS, "item-by-sku.json");
        answer(ITEM_22, "item-updated.json");

        ExecutionResult result = connector().execute(command("key-stock-2",
                new ActionCommand.StockAdjustment("12341234", new BigDecimal("-3"))));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        RecordedRequest put = single(ITEM_22);
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(body(put).toString()).as("shop 1 had 33 on hand")
                .isEqualTo("{\"ItemShops\":{\"ItemShop\":[{\"itemShopID\":\"163\",\"qoh\":\"30\"}]}}");
    }

    @Test
    void aPurchaseOrderIsAnOrderForTheShopAndVendorWithALinePerProduct() throws Exception {
        answer(ITEMS, "item-by-sku.json", "item-matrix.json");
        answer(API + "/Vendor.json", "vendors.json");
        answer(ORDERS, "no-orders.json", "order-created.json");
        answer(ORDER_LINES, "orderline-created.json", "orderline-created.json");

        ExecutionResult result = connector().execute(command("key-po-1", order()));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        assertThat(lightspeed.requests(API + "/Vendor.json").get(0).getRequestUrl().queryParameter("name"))
                .isEqualTo("Alliance Game Distributors");
        List<RecordedRequest> orders = lightspeed.requests(ORDERS);
        assertThat(orders).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST");
        assertThat(orders.get(0).getRequestUrl().queryParameter("refNum")).isEqualTo("key-po-1");
        assertThat(body(orders.get(1)).toString())
                .isEqualTo("{\"vendorID\":\"1\",\"shopID\":\"1\",\"refNum\":\"key-po-1\"}");
        assertThat(lightspeed.requests(ORDER_LINES)).extracting(r -> body(r).toString()).containsExactly(
                "{\"orderID\":\"3\",\"itemID\":\"22\",\"quantity\":\"4\"}",
                "{\"orderID\":\"3\",\"itemID\":\"20\",\"quantity\":\"2\"}");
    }

    @Test
    void anOrderSentAgainBeforeItsKeyWasRecordedIsFoundByItsRefNumAndOnlyItsMissingLinesAreAdded() throws Exception {
        answer(ITEMS, "item-by-sku.json", "item-matrix.json");
        answer(API + "/Vendor.json", "vendors.json");
        answer(ORDERS, "order-with-line.json");
        answer(ORDER_LINES, "orderline-created.json");

        ExecutionResult result = connector().execute(command("key-po-1", order()));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        assertThat(lightspeed.requests(ORDERS)).extracting(RecordedRequest::getMethod).containsExactly("GET");
        assertThat(lightspeed.requests(ORDER_LINES)).extracting(r -> body(r).toString())
                .containsExactly("{\"orderID\":\"3\",\"itemID\":\"20\",\"quantity\":\"2\"}");
    }

    @Test
    void anOrderPostIsSentOnceAndALostAnswerIsLeftToTheOutbox() throws Exception {
        answer(ITEMS, "item-by-sku.json", "item-matrix.json");
        answer(API + "/Vendor.json", "vendors.json");
        answer(ORDERS, "no-orders.json");
        lightspeed.interject(ORDERS, null, new MockResponse().setResponseCode(503));
        LightspeedConnector connector = connector();

        assertThatThrownBy(() -> connector.execute(command("key-po-1", order())))
                .isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unreachable");
        assertThat(lightspeed.requests(ORDERS)).extracting(RecordedRequest::getMethod)
                .containsExactly("GET", "POST");
        assertThat(ledger.entries(LightspeedSyncFixture.SOURCE)).isEmpty();
    }

    @Test
    void anOutageOrARateLimitOnTheUpdateIsRetriedByTheHttpLayer() throws Exception {
        answer(ITEMS, "item-by-sku.json");
        lightspeed.interject(ITEM_22, null, new MockResponse().setResponseCode(503),
                new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"),
                LightspeedServer.json(LightspeedServer.resource("writeback/item-updated.json")));

        ExecutionResult result = connector().execute(command("key-price-2", new ActionCommand.PermanentPrice("12341234",
                44999)));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        assertThat(lightspeed.requests(ITEM_22)).hasSize(3).allSatisfy(put -> {
            assertThat(put.getMethod()).isEqualTo("PUT");
            assertThat(body(put).at("/Prices/ItemPrice/0/amount").asText()).isEqualTo("449.99");
        });
        assertThat(sleeps).contains(Duration.ofSeconds(2));
    }

    @Test
    void anUnknownSkuAnotherAccountsShopOrAnUnknownVendorIsRefusedWithoutAWrite() throws Exception {
        answer(ITEMS, "no-items.json");
        lightspeed.interject(API + "/Shop/99.json", null, new MockResponse().setResponseCode(404)
                .setBody(LightspeedServer.resource("writeback/not-found.json")));
        LightspeedConnector connector = connector();

        ExecutionResult unknown = connector.execute(command("key-a", new ActionCommand.PermanentPrice("NOPE-1", 100)));
        ExecutionResult elsewhere = connector.execute(new ActionCommand("key-b", "99",
                new ActionCommand.PermanentPrice("12341234", 100)));
        answer(ITEMS, "item-by-sku.json");
        answer(API + "/Vendor.json", "no-items.json");
        ExecutionResult noVendor = connector.execute(command("key-c", new ActionCommand.PurchaseOrder("Nobody Ltd",
                List.of(new ActionCommand.OrderLine("12341234", BigDecimal.ONE)))));

        assertThat(unknown.outcome()).isEqualTo(ExecutionResult.Outcome.REFUSED);
        assertThat(unknown.reason()).isEqualTo("Lightspeed has no item with SKU NOPE-1");
        assertThat(elsewhere.reason()).contains("account " + LightspeedServer.ACCOUNT).contains("no shop 99");
        assertThat(noVendor.reason()).contains("no vendor named Nobody Ltd");
        assertThat(lightspeed.requests()).extracting(RecordedRequest::getMethod).containsOnly("GET");
        assertThat(ledger.entries(LightspeedSyncFixture.SOURCE)).isEmpty();
    }

    @Test
    void discountsAndTimedPricesAreRefusedBeforeAnyCall() throws Exception {
        LightspeedConnector connector = connector();
        Instant until = LightspeedSyncFixture.NOW.plus(Duration.ofDays(3));

        ExecutionResult discount = connector.execute(command("key-d", new ActionCommand.Discount("12341234",
                BigDecimal.TEN, until)));
        ExecutionResult temporary = connector.execute(command("key-t", new ActionCommand.TemporaryPrice("12341234", 400,
                until)));

        assertThat(discount).isEqualTo(WriteBackSupport.LIGHTSPEED.refusal(ChangeKind.DISCOUNT));
        assertThat(temporary.reason()).contains(WriteBackSupport.UNSUPPORTED).contains("no end date");
        assertThat(lightspeed.requests()).isEmpty();
    }

    private LightspeedConnector connector() {
        return new LightspeedConnector(lightspeed.settings(), client, RetryPolicy.defaults(),
                CircuitBreaker.defaults(clock), new Pacing(clock, sleeps::add, () -> 0.5), ledger);
    }

    private static ActionCommand command(String key, ActionCommand.Change change) {
        return new ActionCommand(key, "1", change);
    }

    private static ActionCommand.PurchaseOrder order() {
        return new ActionCommand.PurchaseOrder("Alliance Game Distributors", List.of(
                new ActionCommand.OrderLine("12341234", new BigDecimal("4")),
                new ActionCommand.OrderLine("matrix", new BigDecimal("2.000"))));
    }

    private void answer(String path, String... files) {
        for (String file : files) {
            lightspeed.interject(path, null, LightspeedServer.json(LightspeedServer.resource("writeback/" + file)));
        }
    }

    private RecordedRequest single(String path) {
        List<RecordedRequest> requests = lightspeed.requests(path);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().clone().readUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
