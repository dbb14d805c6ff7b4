package com.storedesk.ingest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.pos.webhook.LightspeedBodies;
import com.storedesk.pos.webhook.TestBodies;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiver over real HTTP on a free port: every answer it promises, and that it survives bad input. */
class WebhookServerTest {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
    private ReceiverFixture fixture;
    private String base;

    @BeforeEach
    void start() throws Exception {
        fixture = new ReceiverFixture();
        base = fixture.start(64 * 1024);
    }

    @AfterEach
    void stop() {
        fixture.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void anAuthenticSquareEventIsRecordedAndItsObjectFetched() throws Exception {
        byte[] body = TestBodies.resource("square/webhooks/order.created.json");

        Answer answer = post("/webhooks/square", body, squareSigned(body));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("accepted");
        fixture.settle();
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event WHERE status = 'HANDLED' AND delivery_id ="
                + " '116038d3-2948-439f-8679-fc86dbf80f69' AND object_id = 'eA3vssLHKJrv9H0IdJCM3gNqfdcZY'")).isOne();
        assertThat(fixture.fetched).extracting(object -> object.objectId()).containsExactly("eA3vssLHKJrv9H0IdJCM3gNqfdcZY");
        assertThat(fixture.rows("SELECT COUNT(*) FROM audit_log")).isZero();
    }

    @Test
    void theSameEventAgainIsAcknowledgedAndIgnored() throws Exception {
        byte[] body = TestBodies.resource("square/webhooks/payment.updated.json");
        assertThat(post("/webhooks/square", body, squareSigned(body)).status()).isEqualTo(200);

        Answer again = post("/webhooks/square", body, squareSigned(body));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("duplicate");
        fixture.settle();
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isOne();
        assertThat(fixture.fetched).hasSize(1);
    }

    @Test
    void aBadSignatureIs401WithAnAuditEntryAndNoDataChange() throws Exception {
        byte[] body = TestBodies.resource("square/webhooks/order.created.json");

        Answer answer = post("/webhooks/square", TestBodies.tampered(body), squareSigned(body));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isZero();
        assertThat(fixture.rows("SELECT COUNT(*) FROM audit_log WHERE action = 'WEBHOOK_REJECTED'"
                + " AND actor = 'webhook:square' AND subject = '/webhooks/square'")).isOne();
        String details = fixture.text("SELECT details FROM audit_log");
        assertThat(details).contains("\"reason\":\"bad-signature\"").contains("\"remoteAddress\":\"127.0.0.1\"")
                .doesNotContain(ReceiverFixture.SQUARE_KEY).doesNotContain(squareSigned(body)[1]);
    }

    @Test
    void aMissingSignatureIs401WithAnAuditEntry() throws Exception {
        Answer answer = post("/webhooks/shopify", "{\"id\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text()).contains("X-Shopify-Hmac-Sha256");
        assertThat(fixture.text("SELECT details FROM audit_log")).contains("missing-signature");
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isZero();
    }

    @Test
    void authenticButMalformedJsonIs400WithAClearMessage() throws Exception {
        byte[] body = "{\"event_id\": \"e1\", \"type\": ".getBytes(StandardCharsets.UTF_8);

        Answer answer = post("/webhooks/square", body, squareSigned(body));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("not valid JSON");
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isZero();
    }

    @Test
    void otherMethodsAre405AndUnknownOrUnconfiguredPathsAre404() throws Exception {
        try (Response get = http.newCall(new Request.Builder().url(base + "/webhooks/square").get().build()).execute()) {
            assertThat(get.code()).isEqualTo(405);
            assertThat(get.header("Allow")).isEqualTo("POST");
        }
        assertThat(post("/webhooks/unknown", new byte[] {1}).status()).isEqualTo(404);
        assertThat(post("/", new byte[] {1}).status()).isEqualTo(404);
        assertThat(post("/webhooks/square/../../etc", new byte[] {1}).status()).isEqualTo(404);
    }

    @Test
    void aBodyOverTheLimitIs413AndTheServerCarriesOn() throws Exception {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '{');

        assertThat(post("/webhooks/square", huge, squareSigned(huge)).status()).isEqualTo(413);

        byte[] body = TestBodies.resource("square/webhooks/order.created.json");
        assertThat(post("/webhooks/square", body, squareSigned(body)).status()).isEqualTo(200);
    }

    @Test
    void garbageOnTheSocketDoesNotStopTheServer() throws Exception {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        for (String junk : List.of("\u0000\u0001\u0002 not http at all\r\n\r\n", "POST /webhooks/square HTTP/1.1\r\n"
                + "Content-Length: banana\r\n\r\n", "POST /webhooks/square HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab")) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(2000);
                OutputStream out = socket.getOutputStream();
                out.write(junk.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
                socket.getInputStream().readAllBytes();
            } catch (java.net.SocketTimeoutException | java.net.SocketException ignored) {
                // the server may close on us or not answer at all: what matters is the next request
            }
        }
        assertThat(post("/webhooks/lightspeed", "payload=%7B%7D".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(401);
        byte[] body = TestBodies.resource("square/webhooks/order.created.json");
        assertThat(post("/webhooks/square", body, squareSigned(body)).status()).isEqualTo(200);
    }

    @Test
    void concurrentDeliveriesAndRepeatsAreEachRecordedOnce() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int event = i % 10;
                answers.add(senders.submit(() -> {
                    byte[] body = ("{\"event_id\":\"event-" + event + "\",\"type\":\"order.updated\",\"merchant_id\":\"M\","
                            + "\"data\":{\"type\":\"order\",\"id\":\"order-" + event + "\"}}").getBytes(StandardCharsets.UTF_8);
                    return post("/webhooks/square", body, squareSigned(body)).status();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
        fixture.settle();
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isEqualTo(10);
        assertThat(fixture.fetched).hasSize(10);
    }

    @Test
    void shopifyAndLightspeedDeliveriesAreTakenAndAPlatformWithoutHandlerWaitsForPolling() throws Exception {
        byte[] order = TestBodies.resource("shopify/webhook_shaped/orders_create.json");
        Answer shopify = post("/webhooks/shopify", order, "X-Shopify-Hmac-Sha256",
                TestBodies.shopifySignature(ReceiverFixture.SHOPIFY_SECRET, order), "X-Shopify-Topic", "orders/create",
                "X-Shopify-Webhook-Id", "wh-1");
        byte[] form = LightspeedBodies.productUpdate();
        Answer lightspeed = post("/webhooks/lightspeed", form, "X-Signature",
                TestBodies.lightspeedSignature(ReceiverFixture.LIGHTSPEED_SECRET, form));

        assertThat(shopify.status()).as(shopify.text()).isEqualTo(200);
        assertThat(lightspeed.status()).as(lightspeed.text()).isEqualTo(200);
        fixture.settle();
        assertThat(fixture.text("SELECT status FROM webhook_event WHERE platform = 'SHOPIFY'")).isEqualTo("HANDLED");
        assertThat(fixture.text("SELECT status FROM webhook_event WHERE platform = 'LIGHTSPEED'")).isEqualTo("UNHANDLED");
    }

    @Test
    void cloversHandshakeSurfacesTheCodeAndItsDeliveriesNeedTheAuthCode() throws Exception {
        Answer handshake = post("/webhooks/clover", TestBodies.resource("clover/webhook_verification_request_body.json"));
        assertThat(handshake.status()).isEqualTo(200);
        assertThat(fixture.cloverCodes).containsExactly("ce7643c1-83ea-4218-abe6-da876c9c7a0a");
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isZero();

        byte[] batch = ("{\"appId\":\"APP\",\"merchants\":{\"M1\":[{\"objectId\":\"O:1\",\"type\":\"CREATE\",\"ts\":1},"
                + "{\"objectId\":\"O:2\",\"type\":\"UPDATE\",\"ts\":2}]}}").getBytes(StandardCharsets.UTF_8);
        assertThat(post("/webhooks/clover", batch).status()).isEqualTo(401);
        assertThat(post("/webhooks/clover", batch, "X-Clover-Auth", "wrong").status()).isEqualTo(401);
        assertThat(post("/webhooks/clover", batch, "X-Clover-Auth", ReceiverFixture.CLOVER_CODE).status()).isEqualTo(200);
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event WHERE platform = 'CLOVER'")).isEqualTo(2);
        assertThat(fixture.rows("SELECT COUNT(*) FROM audit_log")).isEqualTo(2);
    }

    @Test
    void anUnreachablePlatformLeavesTheRowFailedForTheNextStart() throws Exception {
        byte[] body = ("{\"event_id\":\"e-down\",\"type\":\"order.updated\",\"data\":{\"type\":\"order\",\"id\":\"unreachable\"}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post("/webhooks/square", body, squareSigned(body)).status()).isEqualTo(200);

        fixture.settle();
        assertThat(fixture.text("SELECT status FROM webhook_event")).isEqualTo("FAILED");
        assertThat(fixture.text("SELECT failure FROM webhook_event")).isEqualTo("Square did not answer");
        assertThat(fixture.inbox.pending(WebhookDispatcher.MAX_ATTEMPTS)).hasSize(1);
    }

    private String[] squareSigned(byte[] body) {
        return new String[] {"x-square-hmacsha256-signature",
            TestBodies.squareSignature(ReceiverFixture.SQUARE_KEY, ReceiverFixture.SQUARE_URL, body)};
    }

    private Answer post(String path, byte[] body, String... headers) throws Exception {
        Request.Builder request = new Request.Builder().url(base + path).post(RequestBody.create(body, JSON));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body() == null ? "" : response.body().string());
        }
    }

    record Answer(int status, String text) {
    }
}
