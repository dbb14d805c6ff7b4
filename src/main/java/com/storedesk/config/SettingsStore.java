package com.storedesk.config;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in force now, and the one place that changes them. Reads are memory only;
 * {@link #update} writes the file, so callers on the UI thread run it in the background.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    /** Told of each saved change, on the thread that saved it (the audit trail records them). */
    @FunctionalInterface
    public interface Listener {
        void saved(UserSettings before, UserSettings after);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
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
        UserSettings before = current;
        UserSettings next = change.apply(before);
        file.save(next);
        current = next;
        for (Listener listener : listeners) {
            try {
                listener.saved(before, next);
            } catch (RuntimeException e) {
                // The change is saved and in force; a listener cannot take it back.
                LOG.error("A settings listener failed after a change was saved", e);
            }
        }
        return next;
    }

    /** Adds {@code listener}; running the returned action removes it. */
    public Runnable listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    public SettingsFile file() {
        return file;
    }
}
