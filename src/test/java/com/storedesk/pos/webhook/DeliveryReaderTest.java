package com.storedesk.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each platform's delivery names, read from the platforms' own examples; and clear refusals. */
class DeliveryReaderTest {

    @Test
    void squareNamesTheEventAndItsObject() throws Exception {
        WebhookDelivery delivery = WebhookPlatform.SQUARE.reader()
                .read(TestBodies.resource("square/webhooks/order.created.json"), DeliveryHeaders.none());

        assertThat(delivery.deliveryId()).isEqualTo("116038d3-2948-439f-8679-fc86dbf80f69");
        assertThat(delivery.objects()).containsExactly(
                new NamedObject("5S9MXCS9Y99KK", "order.created", "order_created", "eA3vssLHKJrv9H0IdJCM3gNqfdcZY"));
    }

    @Test
    void squareWithoutAnEventIdIsMalformed() {
        assertThatThrownBy(() -> WebhookPlatform.SQUARE.reader().read(bytes("{\"type\":\"order.created\"}"),
                DeliveryHeaders.none())).isInstanceOf(MalformedDeliveryException.class).hasMessageContaining("event_id");
    }

    @Test
    void shopifyNamesTheResourceByTopicAndTheDeliveryByItsWebhookId() throws Exception {
        WebhookDelivery delivery = WebhookPlatform.SHOPIFY.reader().read(
                TestBodies.resource("shopify/webhook_shaped/orders_create.json"),
                headers(Map.of("x-shopify-topic", "orders/create", "X-Shopify-Shop-Domain", "shop.myshopify.com",
                        "X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
                        "X-Shopify-Event-Id", "98880550-7158-44d4-b7cd-2c97c8a091b5")));

        assertThat(delivery.deliveryId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        assertThat(delivery.objects()).containsExactly(
                new NamedObject("shop.myshopify.com", "orders/create", "orders", "450789469"));
    }

    @Test
    void shopifyInventoryLevelsAreNamedByItemAndLocation() throws Exception {
        WebhookDelivery delivery = WebhookPlatform.SHOPIFY.reader().read(
                TestBodies.resource("shopify/webhook_shaped/inventory_levels_update.json"),
                headers(Map.of("X-Shopify-Topic", "inventory_levels/update", "X-Shopify-Event-Id", "ev-1")));

        assertThat(delivery.deliveryId()).isEqualTo("ev-1");
        assertThat(delivery.objects().get(0).objectId()).isEqualTo("808950810@655441491");
    }

    @Test
    void shopifyWithoutATopicIsMalformed() {
        assertThatThrownBy(() -> WebhookPlatform.SHOPIFY.reader().read(bytes("{\"id\":1}"), DeliveryHeaders.none()))
                .isInstanceOf(MalformedDeliveryException.class).hasMessageContaining("X-Shopify-Topic");
    }

    @Test
    void cloverNamesEveryChangeOfEveryMerchantAndNumbersTheDeliveryByItsBytes() throws Exception {
        byte[] body = bytes("{\"appId\":\"APP\",\"merchants\":{\"M1\":[{\"objectId\":\"O:ORD1\",\"type\":\"CREATE\","
                + "\"ts\":1},{\"objectId\":\"P:PAY1\",\"type\":\"UPDATE\",\"ts\":2}],\"M2\":[{\"objectId\":\"I:ITEM9\","
                + "\"type\":\"DELETE\",\"ts\":3}]}}");

        WebhookDelivery delivery = WebhookPlatform.CLOVER.reader().read(body, DeliveryHeaders.none());

        assertThat(delivery.objects()).containsExactly(new NamedObject("M1", "CREATE", "O", "ORD1"),
                new NamedObject("M1", "UPDATE", "P", "PAY1"), new NamedObject("M2", "DELETE", "I", "ITEM9"));
        assertThat(delivery.deliveryId()).startsWith("sha256:")
                .isEqualTo(WebhookPlatform.CLOVER.reader().read(body.clone(), DeliveryHeaders.none()).deliveryId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"merchants\":{}}", "{\"merchants\":[]}", "{\"merchants\":{\"M\":[{\"objectId\":\"ORD\"}]}}",
        "{\"merchants\":{\"M\":[\"O:1\"]}}", "{\"appId\":\"A\"}"})
    void cloverBodiesNotOfTheDocumentedShapeAreMalformed(String body) {
        assertThatThrownBy(() -> WebhookPlatform.CLOVER.reader().read(bytes(body), DeliveryHeaders.none()))
                .isInstanceOf(MalformedDeliveryException.class);
    }

    @Test
    void lightspeedNamesThePayloadsObject() throws Exception {
        WebhookDelivery delivery = WebhookPlatform.LIGHTSPEED.reader().read(LightspeedBodies.productUpdate(),
                DeliveryHeaders.none());

        assertThat(delivery.objects()).containsExactly(new NamedObject("examplestore", "product.update", "product",
                "02dcd191-aeba-11ea-f336-372c9c078432"));
        assertThat(delivery.deliveryId()).startsWith("sha256:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=sale.update", "payload=%7Bnot+json", "payload=%zz", "payload=1&payload=2", "payload=%5B%5D"})
    void lightspeedFormsWithoutAJsonObjectPayloadAreMalformed(String body) {
        assertThatThrownBy(() -> WebhookPlatform.LIGHTSPEED.reader().read(bytes(body), DeliveryHeaders.none()))
                .isInstanceOf(MalformedDeliveryException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("payload", "form"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"event_id\":", "[1,2]", "{\"event_id\":\"a\"} trailing",
        "{\"event_id\":\"a\",\"event_id\":\"b\",\"type\":\"t\"}"})
    void garbageIsMalformedWithoutQuotingIt(String body) {
        assertThatThrownBy(() -> WebhookPlatform.SQUARE.reader().read(bytes(body), DeliveryHeaders.none()))
                .isInstanceOf(MalformedDeliveryException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("trailing").doesNotContain("not json"));
    }

    @Test
    void overlongIdsAreMalformed() {
        String body = "{\"event_id\":\"" + "e".repeat(300) + "\",\"type\":\"order.created\"}";
        assertThatThrownBy(() -> WebhookPlatform.SQUARE.reader().read(bytes(body), DeliveryHeaders.none()))
                .isInstanceOf(MalformedDeliveryException.class).hasMessageContaining("longer than 255");
    }

    static DeliveryHeaders headers(Map<String, String> values) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(values);
        return name -> Optional.ofNullable(byName.get(name));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
