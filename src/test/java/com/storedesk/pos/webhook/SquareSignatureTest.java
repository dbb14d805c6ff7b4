package com.storedesk.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Square's published vectors (pos/square/NOTICE.txt), and Square's own event examples signed here. */
class SquareSignatureTest {

    // The "real portal" vector of Square's SDK tests.
    private static final String BODY = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\","
            + "\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\","
            + "\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
    private static final String HEADER = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=";
    private static final String KEY = "Ibxx_5AKakO-3qeNVR61Dw";
    private static final String URL = "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9";

    private final SignatureScheme square = WebhookPlatform.SQUARE.scheme();

    record Vector(String name, String key, String url, String body, String header, boolean valid) {
    }

    static Stream<Vector> publishedVectors() throws Exception {
        JsonNode file = new ObjectMapper().readTree(TestBodies.resource("square/signature/square_webhook_signature_vectors.json"));
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode v : file.get("vectors")) {
            vectors.add(new Vector(v.get("name").asText(), v.get("signature_key").asText(), v.get("notification_url").asText(),
                    v.get("body").asText(), v.get("header").asText(), v.get("expected_valid").asBoolean()));
        }
        return vectors.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedVectors")
    void publishedVectorsVerifyAsSquareSays(Vector vector) {
        assertThat(square.verify(vector.body().getBytes(StandardCharsets.UTF_8), vector.header(),
                WebhookSecret.of(vector.key()).at(vector.url()))).as(vector.name()).isEqualTo(vector.valid());
    }

    @Test
    void theRealPortalDeliveryIsValid() {
        assertThat(square.verify(bytes(BODY), HEADER, WebhookSecret.of(KEY).at(URL))).isTrue();
    }

    @Test
    void anotherNotificationUrlFails() {
        assertThat(square.verify(bytes(BODY), HEADER,
                WebhookSecret.of(KEY).at("https://webhook.site/79a4f3a-dcfa-49ee-bac5-9d0edad886b9"))).isFalse();
    }

    @Test
    void aChangedBodyFails() {
        String changed = BODY.replace("2022-07-13", "2022-06-13");
        assertThat(square.verify(bytes(changed), HEADER, WebhookSecret.of(KEY).at(URL))).isFalse();
        assertThat(square.verify(TestBodies.tampered(bytes(BODY)), HEADER, WebhookSecret.of(KEY).at(URL))).isFalse();
    }

    @Test
    void theSameJsonWrittenAgainFails() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        byte[] reformatted = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(mapper.readTree(BODY));
        assertThat(mapper.readTree(reformatted)).isEqualTo(mapper.readTree(BODY));
        assertThat(square.verify(reformatted, HEADER, WebhookSecret.of(KEY).at(URL))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4", "R0Y0WQ=="})
    void aMalformedOrShortHeaderFails(String header) {
        assertThat(square.verify(bytes(BODY), header, WebhookSecret.of(KEY).at(URL))).isFalse();
    }

    @Test
    void aMissingHeaderFails() {
        assertThat(square.verify(bytes(BODY), null, WebhookSecret.of(KEY).at(URL))).isFalse();
    }

    @Test
    void withoutTheNotificationUrlItCannotVerify() {
        assertThatThrownBy(() -> square.verify(bytes(BODY), HEADER, WebhookSecret.of(KEY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.created", "payment.updated", "inventory.count.updated", "catalog.version.updated"})
    void squaresOwnEventExamplesSignedWithAKeyVerifyAndFailWhenTampered(String event) {
        byte[] body = TestBodies.resource("square/webhooks/" + event + ".json");
        String url = "https://store.example/webhooks/square";
        String header = TestBodies.squareSignature("a-signature-key", url, body);
        WebhookSecret secret = WebhookSecret.of("a-signature-key").at(url);

        assertThat(square.verify(body, header, secret)).isTrue();
        assertThat(square.verify(TestBodies.tampered(body), header, secret)).isFalse();
        assertThat(square.verify(body, header, WebhookSecret.of("another-key").at(url))).isFalse();
    }

    @Test
    void theSecretNeverShowsInItsText() {
        assertThat(WebhookSecret.of(KEY).at(URL).toString()).doesNotContain(KEY).contains(URL);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
