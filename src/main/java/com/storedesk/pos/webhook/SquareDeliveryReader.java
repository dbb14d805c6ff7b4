package com.storedesk.pos.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Square's envelope: {@code {merchant_id, type, event_id, created_at, data: {type, id, object}}}. The
 * event id numbers the delivery; {@code data.type} and {@code data.id} name the object.
 */
final class SquareDeliveryReader implements DeliveryReader {

    @Override
    public WebhookDelivery read(byte[] body, DeliveryHeaders headers) throws MalformedDeliveryException {
        JsonNode event = JsonBody.object(body, "The Square event");
        String eventId = JsonBody.required(event, "event_id");
        JsonNode data = event.path("data");
        String objectType = data.isObject() ? JsonBody.text(data, "type") : null;
        String objectId = data.isObject() ? JsonBody.text(data, "id") : null;
        return new WebhookDelivery(WebhookPlatform.SQUARE, eventId, List.of(new NamedObject(
                JsonBody.text(event, "merchant_id"), JsonBody.required(event, "type"), objectType, objectId)));
    }
}
