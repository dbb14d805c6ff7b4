package com.storedesk.config;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The settings in force now, and the one place that changes them. Reads are memory only;
 * {@link #update} writes the file, so callers on the UI thread run it in the background.
 */
public final class SettingsStore {

    private final SettingsFile file;
    private volatile UserSettings current;

    public SettingsStore(SettingsFile file, UserSettings initial) {
        this.file = Objects.requireNonNull(file);
        this.current = Objects.requireNonNull(initial);
    }

    public static SettingsStore load(SettingsFile file) {
        return new SettingsStore(file, file.load());
    }

    public UserSettings current() {
        return current;
    }

    public synchronized UserSettings update(UnaryOperator<UserSettings> change) {
        UserSettings next = change.apply(current);
        file.save(next);
        current = next;
        return next;
    }

    public SettingsFile file() {
        return file;
    }
}
