package com.storedesk.pos.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Clover app webhooks carry no signature over the body: every delivery repeats the app's auth code in
 * {@code X-Clover-Auth}. Both sides are hashed before comparing, so the time taken reveals neither
 * where they differ nor how long the code is.
 */
final class CloverAuthCode implements SignatureScheme {

    static final String HEADER = "X-Clover-Auth";

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public boolean verify(byte[] body, String headerValue, WebhookSecret secret) {
        if (headerValue == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(secret.key()), sha256(headerValue.strip().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
