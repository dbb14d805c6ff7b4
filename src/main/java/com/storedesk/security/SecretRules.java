package com.storedesk.security;

/**
 * What a new password or PIN must be: a password of at least {@value #MIN_PASSWORD} characters for
 * managers and administrators, a PIN of {@value #MIN_PIN} to {@value #MAX_PIN} digits for associates
 * only (a PIN is short because the kiosk is in the store and five misses lock the account).
 */
public final class SecretRules {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    public static final int MIN_PIN = 4;
    public static final int MAX_PIN = 8;

    private SecretRules() {
    }

    /** Throws an {@link AccountException} naming the rule {@code secret} breaks for {@code role}. */
    public static void check(Role role, String secret) {
        if (SecretKind.forRole(role) == SecretKind.PIN) {
            if (secret.length() < MIN_PIN || secret.length() > MAX_PIN
                    || !secret.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new AccountException("security.pin.rule");
            }
        } else if (secret.length() < MIN_PASSWORD || secret.length() > MAX_PASSWORD || secret.isBlank()) {
            throw new AccountException("security.password.rule");
        }
    }
}
