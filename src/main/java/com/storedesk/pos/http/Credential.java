package com.storedesk.pos.http;

import java.util.Objects;
import okhttp3.Request;

/**
 * What proves a call is allowed: a header carrying a secret. The HTTP layer adds it to each
 * request itself and removes the secret from every message it writes, so a token never reaches a
 * log line or an exception.
 */
public final class Credential {

    private final String header;
    private final String prefix;
    private final String secret;

    private Credential(String header, String prefix, String secret) {
        this.header = header;
        this.prefix = prefix;
        this.secret = Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("the secret is blank");
        }
    }

    /** {@code Authorization: Bearer <token>}. */
    public static Credential bearer(String token) {
        return new Credential("Authorization", "Bearer ", token);
    }

    /** A platform header of its own, e.g. {@code X-Shopify-Access-Token}. */
    public static Credential header(String name, String secret) {
        return new Credential(name, "", secret);
    }

    Request applyTo(Request request) {
        return request.newBuilder().header(header, prefix + secret).build();
    }

    /** {@code text} with the secret replaced, for anything written down. */
    String scrub(String text) {
        return text == null ? null : text.replace(secret, "***");
    }

    @Override
    public String toString() {
        return "Credential[" + header + "]";
    }
}
