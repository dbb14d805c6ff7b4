package com.storedesk.data;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Fills the {@code createdAt} / {@code updatedAt} properties of any entity that has them from the
 * injected clock, so the demo, tests and replays agree on time. A value the caller set explicitly
 * (e.g. the platform's own timestamp) is kept.
 */
final class RowTimestamps implements Interceptor {

    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";

    private final Clock clock;

    RowTimestamps(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        Instant now = now();
        boolean created = fillIfNull(state, propertyNames, CREATED_AT, now);
        boolean updated = fillIfNull(state, propertyNames, UPDATED_AT, now);
        return created || updated;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        int index = Arrays.asList(propertyNames).indexOf(UPDATED_AT);
        if (index < 0 || previousState == null || !Objects.equals(currentState[index], previousState[index])) {
            return false;
        }
        currentState[index] = now();
        return true;
    }

    private static boolean fillIfNull(Object[] state, String[] propertyNames, String property, Instant now) {
        int index = Arrays.asList(propertyNames).indexOf(property);
        if (index < 0 || state[index] != null) {
            return false;
        }
        state[index] = now;
        return true;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
