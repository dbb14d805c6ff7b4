package com.storedesk.pos;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.clover.CloverConnector;
import com.storedesk.pos.clover.CloverSettings;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.pos.lightspeed.LightspeedConnector;
import com.storedesk.pos.lightspeed.LightspeedSettings;
import com.storedesk.pos.shopify.ShopifyConnector;
import com.storedesk.pos.shopify.ShopifySettings;
import com.storedesk.pos.square.SquareConnector;
import com.storedesk.pos.square.SquareSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The declaration and the code agree: every connector's execute, on every kind of change, refuses
 * exactly the kinds {@link WriteBackSupport} says its platform cannot apply (before any call) and
 * does not refuse the others as unsupported. A platform that answers nothing useful is enough: the
 * supported kinds may then fail for another reason (no such item), never for being unsupported.
 */
class WriteBackSupportTest {

    private static final Instant NOW = Instant.parse("2026-03-16T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String TOKEN = "token-0123456789";

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    private final Pacing pacing = new Pacing(CLOCK, wait -> { }, () -> 0.5);

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                        .setBody("{\"message\":\"Not Found\",\"errors\":[{\"code\":\"NOT_FOUND\"}]}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void squareRefusesExactlyWhatItsDeclarationLeavesOut() throws Exception {
        check(WriteBackSupport.SQUARE, new SquareConnector(new SquareSettings(url(), TOKEN, "L1"), client, policy(),
                circuit(), pacing), "L1", "SKU-1");
    }

    @Test
    void shopifyRefusesExactlyWhatItsDeclarationLeavesOut() throws Exception {
        check(WriteBackSupport.SHOPIFY, new ShopifyConnector(new ShopifySettings(url(), "shop", TOKEN, "1"), client,
                policy(), circuit(), pacing), "1", "SKU-1");
    }

    @Test
    void lightspeedRefusesExactlyWhatItsDeclarationLeavesOut() throws Exception {
        check(WriteBackSupport.LIGHTSPEED, new LightspeedConnector(new LightspeedSettings(url(), TOKEN, "1"), client,
                policy(), circuit(), pacing, CommandLedger.inMemory()), "1", "SKU-1");
    }

    @Test
    void cloverRefusesExactlyWhatItsDeclarationLeavesOut() throws Exception {
        check(WriteBackSupport.CLOVER, new CloverConnector(new CloverSettings(url(), TOKEN, "M1"), client, policy(),
                circuit(), pacing, CommandLedger.inMemory()), "M1", "SKU-1");
    }

    @Test
    void theDemoChainAppliesEverythingItDeclares() throws Exception {
        DemoConnector demo = new DemoConnector(new DemoOptions(42, 1, 3, 1, LocalDate.of(2026, 3, 15)), CLOCK,
                CommandLedger.inMemory());
        List<RetailEvent> events = demo.pullHistory(null).events();
        String store = events.stream().filter(StoreUpserted.class::isInstance).map(e -> ((StoreUpserted) e).externalId())
                .findFirst().orElseThrow();
        String sku = events.stream().filter(ProductUpserted.class::isInstance).map(e -> ((ProductUpserted) e).sku())
                .findFirst().orElseThrow();

        check(WriteBackSupport.DEMO, demo, store, sku);

        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(demo.execute(new ActionCommand("again-" + kind, store, sample(kind, sku))).inEffect())
                    .as("the demo applies %s", kind).isTrue();
        }
    }

    @Test
    void aSourceNamesItsPlatform() {
        assertThat(WriteBackSupport.ofSource("clover:7R56PZ0Z0EAB1")).contains(WriteBackSupport.CLOVER);
        assertThat(WriteBackSupport.ofSource("lightspeed:83050")).contains(WriteBackSupport.LIGHTSPEED);
        assertThat(WriteBackSupport.ofSource("demo")).contains(WriteBackSupport.DEMO);
        assertThat(WriteBackSupport.ofSource("toast:1")).isEmpty();
        assertThat(WriteBackSupport.CLOVER.kinds()).containsExactlyInAnyOrder(ChangeKind.PERMANENT_PRICE,
                ChangeKind.STOCK_ADJUSTMENT);
        assertThat(WriteBackSupport.LIGHTSPEED.kinds()).contains(ChangeKind.PURCHASE_ORDER)
                .doesNotContain(ChangeKind.DISCOUNT, ChangeKind.TEMPORARY_PRICE);
    }

    private void check(WriteBackSupport platform, PosConnector connector, String store, String sku) throws Exception {
        assertThat(WriteBackSupport.ofSource(connector.source())).as("the source of %s", connector.source())
                .contains(platform);
        EnumSet<ChangeKind> refused = EnumSet.noneOf(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            int before = server.getRequestCount();
            ExecutionResult result;
            try {
                result = connector.execute(new ActionCommand("key-" + kind, store, sample(kind, sku)));
            } catch (ConnectorException e) {
                continue;  // the platform was asked: not refused as unsupported
            }
            if (result.reason() != null && result.reason().contains(WriteBackSupport.UNSUPPORTED)) {
                refused.add(kind);
                assertThat(result).isEqualTo(platform.refusal(kind));
                assertThat(server.getRequestCount()).as("%s refused before any call", kind).isEqualTo(before);
            }
        }
        EnumSet<ChangeKind> unsupported = EnumSet.allOf(ChangeKind.class);
        unsupported.removeAll(platform.kinds());
        assertThat(refused).as("the kinds %s refuses as unsupported", platform).isEqualTo(unsupported);
    }

    private static ActionCommand.Change sample(ChangeKind kind, String sku) {
        Instant until = NOW.plus(Duration.ofDays(2));
        return Map.<ChangeKind, ActionCommand.Change>of(
                ChangeKind.DISCOUNT, new ActionCommand.Discount(sku, BigDecimal.TEN, until),
                ChangeKind.TEMPORARY_PRICE, new ActionCommand.TemporaryPrice(sku, 199, until),
                ChangeKind.PERMANENT_PRICE, new ActionCommand.PermanentPrice(sku, 299),
                ChangeKind.STOCK_ADJUSTMENT, new ActionCommand.StockAdjustment(sku, new BigDecimal("-2")),
                ChangeKind.PURCHASE_ORDER, new ActionCommand.PurchaseOrder("Supplier Co",
                        List.of(new ActionCommand.OrderLine(sku, new BigDecimal("6"))))).get(kind);
    }

    private String url() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static RetryPolicy policy() {
        return new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1));
    }

    private static CircuitBreaker circuit() {
        return CircuitBreaker.defaults(CLOCK);
    }
}
