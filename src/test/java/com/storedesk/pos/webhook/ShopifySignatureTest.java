package com.storedesk.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shopify's HMAC over the raw body (pos/shopify/NOTICE.txt). */
class ShopifySignatureTest {

    private static final String SECRET = "shpss_test_client_secret";

    private final SignatureScheme shopify = WebhookPlatform.SHOPIFY.scheme();

    @Test
    void aPublishedVectorVerifies() {
        byte[] body = "{\"test\":{\"test2\": \"testing\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(shopify.verify(body, "RJCzgKmUoGP/Ylod4MhDP+BXTVOaV4NVbdqa3xn9vw4=",
                WebhookSecret.of("sphss_sjdnbsfsdjbgksbgksgb"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders_create", "refunds_create", "inventory_levels_update"})
    void aSignedBodyVerifiesAndNothingElseDoes(String topic) throws Exception {
        byte[] body = TestBodies.resource("shopify/webhook_shaped/" + topic + ".json");
        String header = TestBodies.shopifySignature(SECRET, body);

        assertThat(shopify.verify(body, header, WebhookSecret.of(SECRET))).as("valid").isTrue();
        assertThat(shopify.verify(TestBodies.tampered(body), header, WebhookSecret.of(SECRET))).as("tampered").isFalse();
        assertThat(shopify.verify(body, header, WebhookSecret.of(SECRET + "x"))).as("wrong secret").isFalse();
        assertThat(shopify.verify(body, null, WebhookSecret.of(SECRET))).as("missing header").isFalse();
        ObjectMapper mapper = new ObjectMapper();
        byte[] reserialised = mapper.writeValueAsBytes(mapper.readTree(body));
        assertThat(shopify.verify(reserialised, header, WebhookSecret.of(SECRET))).as("re-serialised").isFalse();
    }

    @Test
    void theHeaderIsShopifysNameForIt() {
        assertThat(shopify.header()).isEqualToIgnoringCase("x-shopify-hmac-sha256");
    }
}
