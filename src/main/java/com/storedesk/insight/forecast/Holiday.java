package com.storedesk.insight.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day shops trade differently on.
 *
 * @param key the same every year ({@code thanksgiving}), so one year's effect can be looked up the next
 */
public record Holiday(String key, LocalDate date) {

    public Holiday {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
    }
}
