package com.storedesk.core.event;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the event records: they are programming errors, not bad data. */
final class Events {

    private Events() {
    }

    static void requireIds(String source, String externalId) {
        requireText(source, "source");
        requireText(externalId, "externalId");
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    static <T> List<T> copy(List<T> list, String name) {
        return List.copyOf(Objects.requireNonNull(list, name));
    }
}
