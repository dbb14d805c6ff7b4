package com.storedesk.pos.webhook;

import java.util.Locale;
import java.util.Optional;

/**
 * Lightspeed Retail (X-Series): {@code X-Signature: signature=<hex>, algorithm=HMAC-SHA256}, the hex
 * HMAC-SHA256 of the raw (form-encoded) body with the app's client secret. Another algorithm, or a
 * header without both parts, does not verify. A bare hex value is taken as the signature part, so the
 * command line accepts either form.
 */
final class LightspeedSignature implements SignatureScheme {

    static final String HEADER = "X-Signature";
    private static final String ALGORITHM = "HMAC-SHA256";

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public boolean verify(byte[] body, String headerValue, WebhookSecret secret) {
        return HmacSha256.matches(HmacSha256.of(secret.key(), body), signature(headerValue).flatMap(HmacSha256::hex));
    }

    /** The signature part, when the header names HMAC-SHA256 (or is a bare value). */
    static Optional<String> signature(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        if (!headerValue.contains("=")) {
            return Optional.of(headerValue.strip());
        }
        String signature = null;
        String algorithm = null;
        for (String part : headerValue.split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String name = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(equals + 1).strip();
            if (name.equals("signature")) {
                signature = value;
            } else if (name.equals("algorithm")) {
                algorithm = value;
            }
        }
        if (signature == null || !ALGORITHM.equalsIgnoreCase(algorithm)) {
            return Optional.empty();
        }
        return Optional.of(signature);
    }
}
