package com.storedesk.pos.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Clover batches changes by merchant: {@code {appId, merchants: {<merchantId>: [{objectId: "O:<id>",
 * type: "CREATE|UPDATE|DELETE", ts}]}}}. The prefix of {@code objectId} is the kind of object (O orders,
 * P payments, I inventory items...), kept as Clover writes it. Clover does not number deliveries, so a
 * digest of the body does: a retry sends the same bytes.
 */
final class CloverDeliveryReader implements DeliveryReader {

    /** More than any real batch; bounds the rows one delivery can write. */
    static final int MAX_OBJECTS = 1000;

    @Override
    public WebhookDelivery read(byte[] body, DeliveryHeaders headers) throws MalformedDeliveryException {
        JsonNode delivery = JsonBody.object(body, "The Clover delivery");
        JsonNode merchants = delivery.get("merchants");
        if (merchants == null || !merchants.isObject()) {
            throw new MalformedDeliveryException("Field \"merchants\" is missing or not an object");
        }
        List<NamedObject> objects = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = merchants.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> merchant = it.next();
            if (!merchant.getValue().isArray()) {
                throw new MalformedDeliveryException("The changes of a merchant are not a list");
            }
            for (JsonNode change : merchant.getValue()) {
                if (!change.isObject()) {
                    throw new MalformedDeliveryException("A change is not a JSON object");
                }
                objects.add(named(merchant.getKey(), change));
                if (objects.size() > MAX_OBJECTS) {
                    throw new MalformedDeliveryException("The delivery names more than " + MAX_OBJECTS + " objects");
                }
            }
        }
        if (objects.isEmpty()) {
            throw new MalformedDeliveryException("The delivery names no object");
        }
        return new WebhookDelivery(WebhookPlatform.CLOVER, JsonBody.digestId(body), objects);
    }

    private static NamedObject named(String merchantId, JsonNode change) throws MalformedDeliveryException {
        String objectId = JsonBody.required(change, "objectId");
        int colon = objectId.indexOf(':');
        if (colon <= 0 || colon == objectId.length() - 1) {
            throw new MalformedDeliveryException("Field \"objectId\" is not of the form <kind>:<id>");
        }
        if (merchantId.length() > NamedObject.MAX_LENGTH) {
            throw new MalformedDeliveryException("A merchant id is longer than " + NamedObject.MAX_LENGTH + " characters");
        }
        return new NamedObject(merchantId, JsonBody.text(change, "type"), objectId.substring(0, colon),
                objectId.substring(colon + 1));
    }
}
