package com.storedesk.pos.webhook;

import java.nio.charset.StandardCharsets;

/**
 * Square: {@code x-square-hmacsha256-signature} is Base64(HMAC-SHA256(signature key, notification URL
 * followed by the raw body)). The URL must be exactly the one the subscription was registered with.
 */
final class SquareSignature implements SignatureScheme {

    static final String HEADER = "x-square-hmacsha256-signature";

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public boolean verify(byte[] body, String headerValue, WebhookSecret secret) {
        String url = secret.notificationUrl()
                .orElseThrow(() -> new IllegalArgumentException("Square signs the notification URL: it is needed"));
        byte[] expected = HmacSha256.of(secret.key(), url.getBytes(StandardCharsets.UTF_8), body);
        return HmacSha256.matches(expected, HmacSha256.base64(headerValue));
    }
}
