package com.storedesk.ingest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.pos.webhook.DeliveryHeaders;
import com.storedesk.pos.webhook.TestBodies;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecrets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clover posts its one-time verification code before it shows the auth code, so the handshake is taken
 * with no Clover key yet; the running receiver keeps the code for Settings and tells its listeners.
 */
class CloverHandshakeTest {

    private static final String CODE = "ce7643c1-83ea-4218-abe6-da876c9c7a0a";
    private static final WebhookSecrets NO_KEYS = platform -> List.of();

    private final ReceiverFixture fixture = new ReceiverFixture();
    private final WebhookService service = new WebhookService(fixture.inbox,
            new DatabaseAuditTrail(fixture.database, fixture.clock), events -> { }, fixture.clock,
            () -> WebhookRoutes.NONE, NO_KEYS);

    @AfterEach
    void close() {
        service.close();
        fixture.close();
    }

    @Test
    void theHandshakeIsTakenBeforeAnyCloverKeyExistsAndNothingElseIs() throws Exception {
        List<String> codes = new CopyOnWriteArrayList<>();
        WebhookReceiver receiver = new WebhookReceiver(NO_KEYS, fixture.inbox, fixture.dispatcher,
                new DatabaseAuditTrail(fixture.database, fixture.clock), codes::add, fixture.clock);

        Reply handshake = receiver.receive(WebhookPlatform.CLOVER,
                TestBodies.resource("clover/webhook_verification_request_body.json"), DeliveryHeaders.none(), "test");
        Reply delivery = receiver.receive(WebhookPlatform.CLOVER, "{\"appId\":\"A\",\"merchants\":{}}".getBytes(),
                DeliveryHeaders.none(), "test");

        assertThat(handshake.status()).isEqualTo(200);
        assertThat(codes).containsExactly(CODE);
        assertThat(delivery.status()).as("anything but the handshake still needs a key").isEqualTo(404);
        assertThat(fixture.rows("SELECT COUNT(*) FROM webhook_event")).isZero();
    }

    @Test
    void theRunningReceiverKeepsTheLastCodeWithItsTimeAndSaysSo() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        service.listen(heard::incrementAndGet);
        List<String> told = new CopyOnWriteArrayList<>();
        WebhookService.Status status = service.start("127.0.0.1", 0, told::add);
        assertThat(service.cloverHandshake()).isEmpty();
        int before = heard.get();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + status.port() + WebhookPlatform.CLOVER.path()))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        TestBodies.resource("clover/webhook_verification_request_body.json")))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(service.cloverHandshake()).hasValueSatisfying(handshake -> {
            assertThat(handshake.code()).isEqualTo(CODE);
            assertThat(handshake.receivedAt()).isEqualTo(fixture.clock.instant());
        });
        assertThat(told).containsExactly(CODE);
        assertThat(heard.get()).as("Settings hears of it").isGreaterThan(before);
    }
}
