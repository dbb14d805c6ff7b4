package com.storedesk.pos.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Shopify sends the bare resource as the body and says what it is in headers: {@code X-Shopify-Topic}
 * ({@code orders/create}), {@code X-Shopify-Shop-Domain}, and {@code X-Shopify-Webhook-Id}, which stays
 * the same when Shopify retries a delivery ({@code X-Shopify-Event-Id} when it is missing). Inventory
 * levels have no id of their own: they are named {@code <inventory_item_id>@<location_id>}.
 */
final class ShopifyDeliveryReader implements DeliveryReader {

    static final String TOPIC = "X-Shopify-Topic";
    static final String SHOP = "X-Shopify-Shop-Domain";
    static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    static final String EVENT_ID = "X-Shopify-Event-Id";

    @Override
    public WebhookDelivery read(byte[] body, DeliveryHeaders headers) throws MalformedDeliveryException {
        JsonNode resource = JsonBody.object(body, "The Shopify resource");
        String topic = headers.first(TOPIC).map(String::strip).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new MalformedDeliveryException("Header " + TOPIC + " is missing"));
        String deliveryId = headers.first(WEBHOOK_ID).or(() -> headers.first(EVENT_ID)).map(String::strip)
                .filter(value -> !value.isEmpty()).orElseGet(() -> JsonBody.digestId(body));
        String objectType = topic.contains("/") ? topic.substring(0, topic.indexOf('/')) : topic;
        String objectId = JsonBody.text(resource, "id");
        if (objectId == null && resource.has("inventory_item_id")) {
            objectId = JsonBody.required(resource, "inventory_item_id") + "@" + JsonBody.required(resource, "location_id");
        }
        try {
            return new WebhookDelivery(WebhookPlatform.SHOPIFY, deliveryId, List.of(
                    new NamedObject(headers.first(SHOP).orElse(null), topic, objectType, objectId)));
        } catch (IllegalArgumentException e) {
            throw new MalformedDeliveryException("The Shopify headers are too long: " + e.getMessage());
        }
    }
}
