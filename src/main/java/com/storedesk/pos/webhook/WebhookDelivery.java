package com.storedesk.pos.webhook;

import java.util.List;
import java.util.Objects;

/**
 * What an authentic delivery names. {@code deliveryId} is the same every time the platform sends this
 * delivery again (Square's event id, Shopify's webhook id, else a digest of the body), so a repeat
 * is recognised and ignored. One delivery may name several objects (Clover batches them).
 */
public record WebhookDelivery(WebhookPlatform platform, String deliveryId, List<NamedObject> objects) {

    public WebhookDelivery {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(deliveryId, "deliveryId");
        if (deliveryId.isBlank() || deliveryId.length() > NamedObject.MAX_LENGTH) {
            throw new IllegalArgumentException("A delivery id must have 1 to " + NamedObject.MAX_LENGTH + " characters");
        }
        objects = List.copyOf(objects);
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("A delivery names at least one object");
        }
    }
}
