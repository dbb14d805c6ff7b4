package com.storedesk.actions;

import java.time.Instant;
import java.util.Objects;

/**
 * Who decided an action and when; the reason is required for a rejection and optional otherwise.
 * An automatic approval is decided by {@code policy}.
 */
public record Decision(String actor, Instant at, String reason) {

    public static final String POLICY = "policy";

    public Decision {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
