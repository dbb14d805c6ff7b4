package com.storedesk.security.vault;

import java.util.Objects;

/**
 * A secret value in transit between a password field, the vault and a connector. It prints as
 * {@code ***}, so a log line, an exception message or a debugger's summary never shows it.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when {@code value} is null or blank (the message does not quote it) */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value.strip());
    }

    /** The value itself, for the one place that must send it (an HTTP header, the keychain). */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "***";
    }
}
