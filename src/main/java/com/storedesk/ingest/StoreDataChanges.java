package com.storedesk.ingest;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where ingest announces {@link StoreDataChanged} and screens listen. Listeners run on the
 * publishing (ingest) thread and must hand real work elsewhere; one listener failing does not
 * keep the signal from the others.
 */
public final class StoreDataChanges {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDataChanges.class);

    private final List<Consumer<StoreDataChanged>> listeners = new CopyOnWriteArrayList<>();

    /** Listens until the returned handle is closed. */
    public Subscription subscribe(Consumer<StoreDataChanged> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A listener's registration; closing it twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    public void publish(StoreDataChanged change) {
        if (change.storeIds().isEmpty() && !change.catalogChanged()) {
            return;
        }
        for (Consumer<StoreDataChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A store-data listener failed", e);
            }
        }
    }
}
