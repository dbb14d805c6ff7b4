package com.storedesk.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are compared in lower case, so "JSmith" and "jsmith" are one account. */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private Usernames() {
    }

    /** The form stored and looked up: trimmed, lower case. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalized name of a new account; letters, digits, dot, dash and underscore, 2 to 64 long. */
    public static String forNewAccount(String username) {
        String normalized = normalize(username);
        if (!ALLOWED.matcher(normalized).matches()) {
            throw new AccountException("security.username.rule");
        }
        return normalized;
    }
}
