package com.storedesk.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses detail keys that name a secret. The trail is kept forever and exported as CSV: a
 * password or PIN written into it could never be taken back. This catches the obvious mistakes;
 * keeping customers' personal data out remains the caller's duty.
 */
final class SensitiveKeys {

    /** Words that, as a whole word of a key ({@code newPin}, {@code api_token}), mark it as secret. */
    private static final Set<String> WORDS = Set.of("password", "passwd", "pwd", "pin", "secret", "token",
            "credential", "credentials", "apikey", "passphrase");

    private SensitiveKeys() {
    }

    static void check(Map<String, String> details) {
        for (String key : details.keySet()) {
            if (isSensitive(key)) {
                throw new IllegalArgumentException("Audit details must not hold secrets: key '" + key + "'");
            }
        }
    }

    static boolean isSensitive(String key) {
        String squeezed = key.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        if (squeezed.contains("password") || squeezed.contains("secret") || squeezed.contains("apikey")) {
            return true;
        }
        // Split camelCase and snake_case into words: "newPin" and "pin_hash" name a PIN, "shipping" does not.
        for (String word : key.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
            if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
