package com.storedesk.security;

import java.time.Instant;

/**
 * How a sign-in ended. An unknown username and a wrong secret are one result, so the screen cannot
 * tell anyone which usernames exist.
 */
public sealed interface SignInResult {

    record SignedIn(UserSession session) implements SignInResult {
    }

    record WrongCredentials() implements SignInResult {
    }

    /** Too many wrong secrets: no attempt counts until {@code until}. */
    record Locked(Instant until) implements SignInResult {
    }

    /** The secret was right but an administrator disabled the account. */
    record Disabled() implements SignInResult {
    }
}
