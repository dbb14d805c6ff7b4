package com.storedesk.pos.webhook;

/** Reads what an authentic delivery of one platform names. */
public interface DeliveryReader {

    /**
     * @throws MalformedDeliveryException when the body or headers are not of the platform's documented form
     */
    WebhookDelivery read(byte[] body, DeliveryHeaders headers) throws MalformedDeliveryException;
}
