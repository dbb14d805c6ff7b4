package com.storedesk.assist;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An API key for the model's endpoint. It is handed only to the HTTP client that sends it; it never
 * appears in {@link #toString}, so it cannot reach a log line, an exception message or the audit trail
 * by accident.
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException for a blank key (the message holds nothing of it) */
    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An API key cannot be blank");
        }
        return new ApiKey(value.strip());
    }

    /** The key itself, for the HTTP client's Authorization header only. */
    String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), key.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
