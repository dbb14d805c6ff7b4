package com.storedesk.pos.webhook;

/**
 * How one platform proves a delivery came from it. Implementations work on the body exactly as
 * received: parsing and writing the JSON again would change the bytes and break the check.
 */
public interface SignatureScheme {

    /** The request header carrying the signature or auth code. */
    String header();

    /**
     * Whether {@code headerValue} proves {@code body} was sent by the holder of {@code secret}; false
     * when the header is missing (null) or not of the platform's form. Compares in constant time.
     */
    boolean verify(byte[] body, String headerValue, WebhookSecret secret);
}
