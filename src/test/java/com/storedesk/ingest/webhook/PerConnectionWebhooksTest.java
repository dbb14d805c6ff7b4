package com.storedesk.ingest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.pos.connection.WebhookReadiness;
import com.storedesk.pos.webhook.TestBodies;
import com.storedesk.pos.webhook.WebhookSecrets;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.testing.TestInstallation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's receiver with saved connections: each delivery is checked against every connection's key,
 * recorded as that connection's and fetched through it alone; the environment's key adds to theirs.
 */
class PerConnectionWebhooksTest {

    private static final UserSession ADMINISTRATOR =
            new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final MediaType JSON = MediaType.get("application/json");
    /** Square's published example (as in WebhookCommandTest and SquareSignatureTest). */
    private static final String SQUARE_KEY = "Ibxx_5AKakO-3qeNVR61Dw";
    private static final String SQUARE_URL = "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9";
    private static final String SQUARE_BODY = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\","
            + "\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\","
            + "\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
    private static final String SQUARE_HEADER = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=";

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
    private final MockWebServer shopA = new MockWebServer();
    private final MockWebServer shopB = new MockWebServer();
    private AppContext context;
    private String base;

    @BeforeEach
    void open() throws Exception {
        for (MockWebServer shop : new MockWebServer[] {shopA, shopB}) {
            shop.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    // The order is gone by the time it is fetched: nothing to ingest, one request.
                    return new MockResponse().setHeader("Content-Type", "application/json")
                            .setBody("{\"data\":{\"order\":null}}");
                }
            });
            shop.start();
        }
        context = TestInstallation.create().open(false);
    }

    @AfterEach
    void close() throws Exception {
        context.close();
        shopA.shutdown();
        shopB.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void twoShopifyConnectionsEachTakeTheDeliveriesSignedWithTheirKeyAndAWrongKeyChangesNothing() throws Exception {
        PosConnection a = shopify("shop-a", shopA, "secret-a");
        PosConnection b = shopify("shop-b", shopB, "secret-b");
        start(WebhookSecrets.none());
        byte[] order = TestBodies.resource("shopify/webhook_shaped/orders_create.json");

        assertThat(postShopify(order, "secret-a", "wh-a").code()).isEqualTo(200);
        assertThat(postShopify(order, "secret-b", "wh-b").code()).isEqualTo(200);
        int wrong = postShopify(order, "secret-c", "wh-c").code();

        assertThat(wrong).isEqualTo(401);
        settle();
        assertThat(number("SELECT connection_id FROM webhook_event WHERE delivery_id = 'wh-a'")).isEqualTo(a.id());
        assertThat(number("SELECT connection_id FROM webhook_event WHERE delivery_id = 'wh-b'")).isEqualTo(b.id());
        assertThat(number("SELECT COUNT(*) FROM webhook_event WHERE delivery_id = 'wh-c'")).isZero();
        assertThat(number("SELECT COUNT(*) FROM audit_log WHERE action = 'WEBHOOK_REJECTED'")).isOne();
        assertThat(shopA.getRequestCount()).as("shop A fetched its own delivery only").isOne();
        assertThat(shopB.getRequestCount()).as("shop B fetched its own delivery only").isOne();
        WebhookService.Status status = context.webhooks().status();
        assertThat(status.counts().received()).isEqualTo(2);
        assertThat(status.counts().refused()).isEqualTo(1);
    }

    @Test
    void theEnvironmentsKeyAddsToTheConnectionsAndNamesNoConnection() throws Exception {
        shopify("shop-a", shopA, "secret-a");
        start(WebhookSecrets.fromEnvironment(Map.of("STOREDESK_WEBHOOK_SECRET_SHOPIFY", "from-environment")::get,
                null));
        byte[] order = TestBodies.resource("shopify/webhook_shaped/orders_create.json");

        assertThat(postShopify(order, "from-environment", "wh-env").code()).isEqualTo(200);
        assertThat(postShopify(order, "secret-a", "wh-a").code()).isEqualTo(200);

        settle();
        assertThat(number("SELECT COUNT(*) FROM webhook_event WHERE delivery_id = 'wh-env'"
                + " AND connection_id IS NULL")).isOne();
        assertThat(number("SELECT COUNT(*) FROM webhook_event WHERE delivery_id = 'wh-a'"
                + " AND connection_id IS NOT NULL")).isOne();
    }

    @Test
    void aSquareConnectionVerifiesWithItsOwnNotificationUrlAndAChangedOneIsTakenUpWhileListening()
            throws Exception {
        PosConnection square = context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.SQUARE,
                Environment.CUSTOM, shopA.url("/").toString(), "L1", "", true, Secret.of("token"),
                Secret.of(SQUARE_KEY), SQUARE_URL));
        assertThat(context.connectionWebhooks().readiness()).extracting(WebhookReadiness::state)
                .containsExactly(WebhookReadiness.State.READY);
        start(WebhookSecrets.none());

        assertThat(postSquare(SQUARE_BODY.getBytes()).code()).isEqualTo(200);
        settle();
        assertThat(number("SELECT connection_id FROM webhook_event")).isEqualTo(square.id());

        context.connections().save(ADMINISTRATOR, new ConnectionDraft(square.id(), Platform.SQUARE,
                Environment.CUSTOM, shopA.url("/").toString(), "L1", "", true, null, null,
                "https://relay.example/other"));
        byte[] again = SQUARE_BODY.replace("ac3ac95b", "bd4bd06c").getBytes();
        int answer = 200;
        for (int attempt = 0; attempt < 100 && answer == 200; attempt++) {
            // The receiver reads the changed connection on its own thread; the old URL works until then.
            answer = postSquare(again).code();
            if (answer == 200) {
                Thread.sleep(50);
            }
        }
        assertThat(answer).as("signed for the old URL, refused under the new one").isEqualTo(401);
    }

    @Test
    void aConnectionWithoutItsKeyOrSquaresUrlIsNotReady() {
        context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM,
                shopA.url("/").toString(), "L1", "", true, Secret.of("token"), Secret.of(SQUARE_KEY), ""));
        context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.CLOVER, Environment.CUSTOM,
                shopA.url("/").toString(), "MERCHANT1", "", true, Secret.of("token"), null, ""));

        assertThat(context.connectionWebhooks().readiness()).extracting(r -> r.connection().platform(),
                WebhookReadiness::state).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Platform.SQUARE, WebhookReadiness.State.NO_NOTIFICATION_URL),
                        org.assertj.core.groups.Tuple.tuple(Platform.CLOVER, WebhookReadiness.State.NO_SECRET));
        assertThat(context.connectionWebhooks().routes().secrets().keys(
                com.storedesk.pos.webhook.WebhookPlatform.SQUARE)).isEmpty();
    }

    private PosConnection shopify(String shop, MockWebServer server, String secret) {
        return context.connections().save(ADMINISTRATOR, new ConnectionDraft(null, Platform.SHOPIFY,
                Environment.CUSTOM, server.url("/").toString(), shop, "655441491", true, Secret.of("shpat_" + shop),
                Secret.of(secret), ""));
    }

    private void start(WebhookSecrets environment) {
        WebhookService.Status status = context.webhooks().start("127.0.0.1", 0, environment, code -> { });
        assertThat(status.state()).isEqualTo(WebhookService.State.LISTENING);
        base = "http://127.0.0.1:" + status.port();
    }

    private Response postShopify(byte[] body, String secret, String deliveryId) throws Exception {
        return post("/webhooks/shopify", body, "X-Shopify-Hmac-Sha256", TestBodies.shopifySignature(secret, body),
                "X-Shopify-Topic", "orders/create", "X-Shopify-Webhook-Id", deliveryId);
    }

    private Response postSquare(byte[] body) throws Exception {
        return post("/webhooks/square", body, "x-square-hmacsha256-signature",
                TestBodies.squareSignature(SQUARE_KEY, SQUARE_URL, body));
    }

    private Response post(String path, byte[] body, String... headers) throws Exception {
        Request.Builder request = new Request.Builder().url(base + path).post(RequestBody.create(body, JSON));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return response;
        }
    }

    /** Waits until the handler thread has taken up every recorded row. */
    private void settle() throws Exception {
        for (int i = 0; i < 400 && number("SELECT COUNT(*) FROM webhook_event WHERE status = 'RECEIVED'") > 0; i++) {
            Thread.sleep(25);
        }
    }

    private long number(String sql) throws SQLException {
        try (Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
