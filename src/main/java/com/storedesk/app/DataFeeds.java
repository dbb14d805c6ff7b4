package com.storedesk.app;

import com.storedesk.actions.Repeating;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.LiveSync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.http.ConnectionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this database's data coming in from its connectors: missed history first, then live
 * events, and for platforms that push nothing (Square) a pull every few minutes. The connectors are
 * the configured POS connections, or the demo chain while none is configured.
 */
public final class DataFeeds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataFeeds.class);

    /** A history pull that inserted at least this many rows counts as a large load. */
    static final long LARGE_LOAD = 50_000;
    /** How often a platform that pushes nothing is pulled once live: well inside the status bar's five minutes of "online". */
    static final Duration POLL_PERIOD = Duration.ofMinutes(2);

    private final FeedSource source;
    private final IngestService ingest;
    private final SyncStateRepository syncState;
    private final StoreRepository stores;
    private final Runnable afterLargeLoad;
    private final Runnable whenLive;
    private volatile List<Line> lines;
    /** Set when the saved connections changed: the next use builds the connectors again. */
    private volatile boolean stale;
    /** Whether live events were started, so connectors built again start theirs too. */
    private boolean live;
    private Repeating polling;
    private final ExecutorService reconnecting = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pos-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Held while history is pulled or live starts, so closing waits for the page in flight instead of cutting it. */
    private final ReentrantLock pulling = new ReentrantLock();

    /** One connector with its history and live syncs. */
    private record Line(ConnectorFeed feed, HistorySync history, LiveSync live) {
    }

    /**
     * {@code connect} runs on first use, off the FX thread: building a connector may read the
     * database. {@code afterLargeLoad} runs after a history pull of {@link #LARGE_LOAD} rows or more.
     */
    DataFeeds(Supplier<PosConnector> connect, IngestService ingest, SyncStateRepository syncState,
            StoreRepository stores, Runnable afterLargeLoad) {
        this(FeedSource.single(connect), ingest, syncState, stores, afterLargeLoad, () -> { });
    }

    /** As above; {@code whenLive} runs once live events start (the outbox starts with them). */
    DataFeeds(FeedSource source, IngestService ingest, SyncStateRepository syncState, StoreRepository stores,
            Runnable afterLargeLoad, Runnable whenLive) {
        this.source = source;
        this.ingest = ingest;
        this.syncState = syncState;
        this.stores = stores;
        this.afterLargeLoad = afterLargeLoad;
        this.whenLive = whenLive;
    }

    /** True on a first start: no store in the database and no POS configured, so the demo chain is generated. */
    public boolean isEmpty() {
        return stores.listStores().isEmpty() && !source.anyConfigured();
    }

    /**
     * Pulls the history not yet in the database from every connector, resuming where the last pull
     * stopped. Blocking; returns early, cancelled, when {@code cancelled} says so or the feeds are
     * closed. A connector that fails does not stop the others.
     *
     * @throws ConnectorException the first connector's failure, after the others have had their turn
     */
    public SyncTotals catchUp(SyncProgress progress, BooleanSupplier cancelled) throws ConnectorException {
        pulling.lock();
        try {
            List<Line> all = connect();
            SyncTotals totals = new SyncTotals(0, 0, 0, 0, 0, 0, false, Duration.ZERO);
            ConnectorException failure = null;
            for (int i = 0; i < all.size(); i++) {
                int done = i;
                SyncProgress share = (fraction, soFar) -> progress.pageDone((done + fraction) / all.size(), soFar);
                try {
                    totals = add(totals, all.get(i).history().resume(share, () -> closed.get() || cancelled.getAsBoolean()));
                } catch (ConnectorException e) {
                    LOG.warn("History of {} could not be pulled: {}", all.get(i).feed().connector().source(), e.getMessage());
                    failure = failure == null ? e : failure;
                }
                if (totals.cancelled()) {
                    break;
                }
            }
            if (totals.inserted() >= LARGE_LOAD) {
                afterLargeLoad.run();
            }
            if (failure != null) {
                throw failure;
            }
            return totals;
        } finally {
            pulling.unlock();
        }
    }

    /** Starts live events (and the pulls of platforms that push none); harmless when running or after close. */
    public void startLive() {
        pulling.lock();
        try {
            if (!closed.get()) {
                live = true;
                startLines(connect());
                whenLive.run();
            }
        } finally {
            pulling.unlock();
        }
    }

    /**
     * Builds the connectors again from the saved connections, so a connection saved or removed in
     * Settings takes effect without a restart. Returns at once: the work waits, on a thread of its
     * own, for the page being pulled (a first pull can take minutes). If live events were running
     * they start again, and the pulled platforms get a pass straight away.
     */
    public void reconnect() {
        stale = true;
        try {
            reconnecting.execute(this::rebuild);
        } catch (RejectedExecutionException e) {
            LOG.debug("Feeds closed; the connections are read at the next start");
        }
    }

    private void rebuild() {
        Repeating pulls;
        pulling.lock();
        try {
            if (closed.get() || !stale) {
                return;
            }
            pulls = polling;
            connect();
        } finally {
            pulling.unlock();
        }
        // A pull schedule started just now has already run once; one that was running gets an extra pass.
        if (pulls != null) {
            pulls.runNow();
        }
    }

    /** Called with {@link #pulling} held: live events of each line, and the pulls once one is polled. */
    private void startLines(List<Line> all) {
        all.forEach(line -> line.live().start());
        if (polling == null && all.stream().anyMatch(line -> line.feed().polled())) {
            polling = new Repeating("pos-pull", POLL_PERIOD, this::pullPolled);
            polling.start();
        }
    }

    public boolean isLive() {
        pulling.lock();
        try {
            return lines != null && lines.stream().anyMatch(line -> line.live().isRunning());
        } finally {
            pulling.unlock();
        }
    }

    /**
     * Applies an approved action through the connector of the store's {@code source} (connecting if
     * needed); waits while a history page is pulled.
     *
     * @throws ConnectorException when that connector cannot be reached, there is none, or the feeds are closed
     */
    public ExecutionResult execute(String source, ActionCommand command) throws ConnectorException {
        PosConnector target;
        pulling.lock();
        try {
            if (closed.get()) {
                throw new ConnectorException("outbox.failure.unavailable", "StoreDesk is closing", null);
            }
            target = connect().stream().map(line -> line.feed().connector())
                    .filter(connector -> connector.source().equals(source)
                            && connector.appliesAt(command.storeExternalId())).findFirst()
                    .orElseThrow(() -> new ConnectorException("outbox.failure.unavailable",
                            "No connector is running for " + source, null));
        } finally {
            pulling.unlock();
        }
        return target.execute(command);
    }

    /**
     * Since when a POS has not answered (the earliest, when several do not); empty while every one
     * answers or none has been tried. For the status bar's "POS unreachable since ...".
     */
    public Optional<Instant> unreachableSince() {
        List<Line> current = lines;
        if (current == null) {
            return Optional.empty();
        }
        return current.stream().map(line -> line.feed().status().get()).filter(status -> !status.reachable())
                .map(ConnectionStatus::unreachableSince).min(Comparator.naturalOrder());
    }

    /** One more pass of each polled platform; a failure is logged and saved in its sync state by HistorySync. */
    private void pullPolled() {
        pulling.lock();
        try {
            for (Line line : connect()) {
                if (closed.get()) {
                    return;
                }
                if (line.feed().polled()) {
                    try {
                        line.history().resume(SyncProgress.NONE, closed::get);
                    } catch (ConnectorException e) {
                        LOG.warn("Pull of {} failed; the next one tries again: {}", line.feed().connector().source(),
                                e.getMessage());
                    }
                }
            }
        } finally {
            pulling.unlock();
        }
    }

    /**
     * Called with {@link #pulling} held. When the connections changed, closes the old connectors and,
     * if live events were running, starts the new ones' at once, whichever call came first.
     */
    private List<Line> connect() {
        boolean reconnecting = stale && lines != null;
        if (reconnecting) {
            LOG.info("POS connections changed; connecting again");
            closeLines(lines);
            lines = null;
        }
        stale = false;
        if (lines == null) {
            List<Line> built = new ArrayList<>();
            for (ConnectorFeed feed : source.open()) {
                built.add(new Line(feed, new HistorySync(feed.connector(), ingest, syncState),
                        new LiveSync(feed.connector(), ingest, syncState)));
            }
            lines = List.copyOf(built);
            if (reconnecting && live) {
                startLines(lines);
            }
        }
        return lines;
    }

    private static SyncTotals add(SyncTotals a, SyncTotals b) {
        return new SyncTotals(a.pages() + b.pages(), a.events() + b.events(), a.inserted() + b.inserted(),
                a.updated() + b.updated(), a.unchanged() + b.unchanged(), a.rejected() + b.rejected(),
                a.cancelled() || b.cancelled(), a.took().plus(b.took()));
    }

    /** Stops the pulls and live events (after the page in flight), then the connectors. */
    @Override
    public void close() {
        closed.set(true);
        reconnecting.shutdown();
        Repeating stopping;
        pulling.lock();
        try {
            stopping = polling;
        } finally {
            pulling.unlock();
        }
        if (stopping != null) {
            stopping.close();
        }
        pulling.lock();
        try {
            if (lines != null) {
                closeLines(lines);
            }
        } finally {
            pulling.unlock();
        }
    }

    private static void closeLines(List<Line> all) {
        for (Line line : all) {
            line.live().close();
            line.feed().connector().close();
        }
    }
}
