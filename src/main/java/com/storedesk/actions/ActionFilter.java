package com.storedesk.actions;

import java.time.Instant;
import java.util.Set;

/**
 * What the inbox asks for; an empty set means "any". The session's stores always limit the result
 * as well, whatever {@code storeIds} says.
 *
 * @param createdSince only actions proposed at or after this instant (the age filter), or null
 * @param limit at most this many, newest first
 */
public record ActionFilter(Set<ActionType> types, Set<Long> storeIds, Set<ActionStatus> statuses,
        Instant createdSince, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public ActionFilter {
        types = Set.copyOf(types);
        storeIds = Set.copyOf(storeIds);
        statuses = Set.copyOf(statuses);
        if (limit <= 0) {
            throw new IllegalArgumentException("A limit is positive: " + limit);
        }
    }

    public static ActionFilter all() {
        return new ActionFilter(Set.of(), Set.of(), Set.of(), null, DEFAULT_LIMIT);
    }

    public static ActionFilter pending() {
        return all().withStatuses(Set.of(ActionStatus.PROPOSED));
    }

    public ActionFilter withTypes(Set<ActionType> value) {
        return new ActionFilter(value, storeIds, statuses, createdSince, limit);
    }

    public ActionFilter withStores(Set<Long> value) {
        return new ActionFilter(types, value, statuses, createdSince, limit);
    }

    public ActionFilter withStatuses(Set<ActionStatus> value) {
        return new ActionFilter(types, storeIds, value, createdSince, limit);
    }

    public ActionFilter since(Instant value) {
        return new ActionFilter(types, storeIds, statuses, value, limit);
    }
}
