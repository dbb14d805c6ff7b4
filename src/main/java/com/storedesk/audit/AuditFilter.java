package com.storedesk.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Which entries to find. Every part is optional (null or empty: no restriction).
 *
 * @param actor   part of the user's name, any case ({@code ann} finds {@code Ann.Lee})
 * @param storeId exactly this store
 * @param actions any of these actions
 * @param from    at or after this instant
 * @param to      before this instant; callers turn "up to and including a day" into the next day's start,
 *                in the time zone they show times in (the screen: the computer's; the CLI: UTC)
 */
public record AuditFilter(String actor, Long storeId, Set<AuditAction> actions, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, Set.of(), null, null);

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }
}
