package com.storedesk.app;

import com.storedesk.data.StoreRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.LiveSync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.PosConnector;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Keeps this database's data coming in from its connector: missed history first, then live
 * events. Until a POS is connected that connector is the demo chain.
 */
public final class DataFeeds implements AutoCloseable {

    private final Supplier<PosConnector> connect;
    private final IngestService ingest;
    private final SyncStateRepository syncState;
    private final StoreRepository stores;
    private final Runnable afterLargeLoad;
    private final Runnable whenLive;
    private PosConnector connector;
    private HistorySync history;
    private LiveSync live;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Held while history is pulled or live starts, so closing waits for the page in flight instead of cutting it. */
    private final ReentrantLock pulling = new ReentrantLock();

    /** A history pull that inserted at least this many rows counts as a large load. */
    static final long LARGE_LOAD = 50_000;

    /**
     * {@code connect} runs on first use, off the FX thread: building a connector may read the
     * database. {@code afterLargeLoad} runs after a history pull of {@link #LARGE_LOAD} rows or more.
     */
    DataFeeds(Supplier<PosConnector> connect, IngestService ingest, SyncStateRepository syncState,
            StoreRepository stores, Runnable afterLargeLoad) {
        this(connect, ingest, syncState, stores, afterLargeLoad, () -> { });
    }

    /** As above; {@code whenLive} runs once live events start (the outbox starts with them). */
    DataFeeds(Supplier<PosConnector> connect, IngestService ingest, SyncStateRepository syncState,
            StoreRepository stores, Runnable afterLargeLoad, Runnable whenLive) {
        this.whenLive = whenLive;
        this.connect = connect;
        this.ingest = ingest;
        this.syncState = syncState;
        this.stores = stores;
        this.afterLargeLoad = afterLargeLoad;
    }

    /** True when the database holds no store at all: a first start, before any history. */
    public boolean isEmpty() {
        return stores.listStores().isEmpty();
    }

    /**
     * Pulls the history not yet in the database, resuming where the last pull stopped. Blocking;
     * returns early, cancelled, when {@code cancelled} says so or the feeds are closed.
     */
    public SyncTotals catchUp(SyncProgress progress, BooleanSupplier cancelled) throws ConnectorException {
        pulling.lock();
        try {
            connect();
            SyncTotals totals = history.resume(progress, () -> closed.get() || cancelled.getAsBoolean());
            if (totals.inserted() >= LARGE_LOAD) {
                afterLargeLoad.run();
            }
            return totals;
        } finally {
            pulling.unlock();
        }
    }

    /** Starts live events; harmless when already running or after close. */
    public void startLive() {
        pulling.lock();
        try {
            if (!closed.get()) {
                connect();
                live.start();
                whenLive.run();
            }
        } finally {
            pulling.unlock();
        }
    }

    public boolean isLive() {
        pulling.lock();
        try {
            return live != null && live.isRunning();
        } finally {
            pulling.unlock();
        }
    }

    /**
     * Applies an approved action through this database's connector (connecting if needed); waits
     * while a history page is pulled.
     *
     * @throws ConnectorException when the connector cannot be reached, or the feeds are closed
     */
    public ExecutionResult execute(ActionCommand command) throws ConnectorException {
        PosConnector target;
        pulling.lock();
        try {
            if (closed.get()) {
                throw new ConnectorException("outbox.failure.unavailable", "StoreDesk is closing", null);
            }
            connect();
            target = connector;
        } finally {
            pulling.unlock();
        }
        return target.execute(command);
    }

    /** Called with {@link #pulling} held. */
    private void connect() {
        if (connector == null) {
            connector = connect.get();
            history = new HistorySync(connector, ingest, syncState);
            live = new LiveSync(connector, ingest, syncState);
        }
    }

    /** Stops live events and any history pull (after its current page), then the connector. */
    @Override
    public void close() {
        closed.set(true);
        pulling.lock();
        try {
            if (connector != null) {
                live.close();
                connector.close();
            }
        } finally {
            pulling.unlock();
        }
    }
}
