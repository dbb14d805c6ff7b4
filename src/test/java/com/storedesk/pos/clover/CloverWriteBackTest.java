package com.storedesk.pos.clover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.CommandLedger;
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

/** What StoreDesk sends Clover for an approved action, as Clover's REST API v3 reference documents it. */
class CloverWriteBackTest {

    private static final String ITEMS = CloverServer.API + "/items";
    private static final String ITEM = ITEMS + "/EWKZEMNCBQQ9Y";
    private static final String STOCK = CloverServer.API + "/item_stocks/EWKZEMNCBQQ9Y";
    private static final Instant NOW = Instant.parse("2021-07-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandLedger ledger = CommandLedger.inMemory();
    private final MovableClock clock = new MovableClock(NOW);
    private final List<Duration> sleeps = new ArrayList<>();
    private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    private CloverServer clover;

    @BeforeEach
    void start() throws Exception {
        clover = new CloverServer();
    }

    @AfterEach
    void stop() throws Exception {
        clover.close();
    }

    @Test
    void aPriceIsTheItemsPriceInCentsFoundBySku() throws Exception {
        answer(ITEMS, "sku=COF-1", "items-by-sku.json");
        answer(ITEM, "", "item-updated.json");

        ExecutionResult result = connector().execute(command("key-price-1", new ActionCommand.PermanentPrice("COF-1",
                1499)));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        RecordedRequest lookup = clover.requests(ITEMS).get(0);
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(lookup.getRequestUrl().queryParameter("filter")).isEqualTo("sku=COF-1");
        RecordedRequest update = single(ITEM);
        assertThat(update.getMethod()).isEqualTo("POST");
        assertThat(update.getHeader("Authorization")).isEqualTo("Bearer " + CloverServer.TOKEN);
        assertThat(update.getHeader("Content-Type")).startsWith("application/json");
        assertThat(update.getHeader("Idempotency-Key")).as("Clover documents none for inventory").isNull();
        assertThat(body(update).toString()).isEqualTo("{\"price\":1499}");
    }

    @Test
    void aPriceAlreadyInPlaceIsNotWrittenAgain() throws Exception {
        answer(ITEMS, "sku=COF-1", "items-by-sku.json");

        ExecutionResult result = connector().execute(command("key-price-2", new ActionCommand.PermanentPrice("COF-1",
                1299)));

        assertThat(result).isEqualTo(ExecutionResult.alreadyApplied());
        assertThat(clover.requests(ITEM)).isEmpty();
    }

    @Test
    void aStockAdjustmentWritesTheCurrentQuantityPlusTheDelta() throws Exception {
        answer(ITEMS, "sku=COF-1", "items-by-sku.json");
        answer(STOCK, "", "item-stock.json", "item-stock-updated.json");

        ExecutionResult result = connector().execute(command("key-stock-1",
                new ActionCommand.StockAdjustment("COF-1", new BigDecimal("-3"))));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        List<RecordedRequest> stock = clover.requests(STOCK);
        assertThat(stock).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST");
        assertThat(body(stock.get(1)).toString()).as("12 on hand").isEqualTo("{\"quantity\":9}");
    }

    @Test
    void aKeySentAgainAfterARestartIsAlreadyAppliedWithoutASecondWrite() throws Exception {
        answer(ITEMS, "sku=COF-1", "items-by-sku.json");
        answer(STOCK, "", "item-stock.json", "item-stock-updated.json");
        ActionCommand down = command("key-stock-2", new ActionCommand.StockAdjustment("COF-1", new BigDecimal("-3")));
        assertThat(connector().execute(down)).isEqualTo(ExecutionResult.applied());
        int requests = clover.requests().size();

        assertThat(connector().execute(down)).isEqualTo(ExecutionResult.alreadyApplied());

        assertThat(clover.requests()).hasSize(requests);
        assertThat(ledger.entries(CloverSyncFixture.SOURCE)).hasSize(1);
    }

    @Test
    void anOutageOrARateLimitOnTheWriteIsRetriedByTheHttpLayer() throws Exception {
        answer(ITEMS, "sku=COF-1", "items-by-sku.json");
        answer(STOCK, "", "item-stock.json");
        clover.interject(STOCK, "", 0, new MockResponse().setResponseCode(502),
                new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"),
                CloverServer.json(CloverServer.resource("writeback/item-stock-updated.json")));

        ExecutionResult result = connector().execute(command("key-stock-3",
                new ActionCommand.StockAdjustment("COF-1", new BigDecimal("-3"))));

        assertThat(result).isEqualTo(ExecutionResult.applied());
        List<RecordedRequest> stock = clover.requests(STOCK);
        assertThat(stock).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST", "POST", "POST");
        assertThat(stock.subList(1, 4)).extracting(r -> body(r).toString()).containsOnly("{\"quantity\":9}");
        assertThat(sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void anUnknownSkuOrAnotherMerchantIsRefusedWithoutAWrite() throws Exception {
        CloverConnector connector = connector();

        ExecutionResult unknown = connector.execute(command("key-a", new ActionCommand.PermanentPrice("NOPE-1", 100)));
        ExecutionResult elsewhere = connector.execute(new ActionCommand("key-b", "OTHERMERCHANT",
                new ActionCommand.PermanentPrice("COF-1", 100)));

        assertThat(unknown.outcome()).isEqualTo(ExecutionResult.Outcome.REFUSED);
        assertThat(unknown.reason()).isEqualTo("Clover has no item with SKU NOPE-1");
        assertThat(elsewhere.reason()).isEqualTo("This Clover connection is for merchant " + CloverServer.MERCHANT
                + ", not OTHERMERCHANT");
        assertThat(clover.requests()).extracting(RecordedRequest::getMethod).containsOnly("GET");
        assertThat(ledger.entries(CloverSyncFixture.SOURCE)).isEmpty();
    }

    @Test
    void purchaseOrdersDiscountsAndTimedPricesAreRefusedBeforeAnyCall() throws Exception {
        CloverConnector connector = connector();
        Instant until = NOW.plus(Duration.ofDays(3));

        ExecutionResult order = connector.execute(command("key-po", new ActionCommand.PurchaseOrder("Beans Inc",
                List.of(new ActionCommand.OrderLine("COF-1", BigDecimal.ONE)))));
        ExecutionResult discount = connector.execute(command("key-d", new ActionCommand.Discount("COF-1",
                BigDecimal.TEN, until)));
        ExecutionResult temporary = connector.execute(command("key-t", new ActionCommand.TemporaryPrice("COF-1", 999,
                until)));

        assertThat(order).isEqualTo(WriteBackSupport.CLOVER.refusal(ChangeKind.PURCHASE_ORDER));
        assertThat(order.reason()).contains("Clover has no purchase orders");
        assertThat(discount.reason()).contains(WriteBackSupport.UNSUPPORTED);
        assertThat(temporary.reason()).contains(WriteBackSupport.UNSUPPORTED);
        assertThat(clover.requests()).isEmpty();
    }

    private CloverConnector connector() {
        return new CloverConnector(clover.settings(), client, RetryPolicy.defaults(), CircuitBreaker.defaults(clock),
                new Pacing(clock, sleeps::add, () -> 0.5), ledger);
    }

    private static ActionCommand command(String key, ActionCommand.Change change) {
        return new ActionCommand(key, CloverServer.MERCHANT, change);
    }

    private void answer(String path, String filters, String... files) {
        for (String file : files) {
            clover.interject(path, filters, 0, CloverServer.json(CloverServer.resource("writeback/" + file)));
        }
    }

    private RecordedRequest single(String path) {
        List<RecordedRequest> requests = clover.requests(path);
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
