package com.storedesk.pos.webhook;

/** Shopify: {@code X-Shopify-Hmac-Sha256} is Base64(HMAC-SHA256(the app's client secret, raw body)). */
final class ShopifySignature implements SignatureScheme {

    static final String HEADER = "X-Shopify-Hmac-Sha256";

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public boolean verify(byte[] body, String headerValue, WebhookSecret secret) {
        return HmacSha256.matches(HmacSha256.of(secret.key(), body), HmacSha256.base64(headerValue));
    }
}
