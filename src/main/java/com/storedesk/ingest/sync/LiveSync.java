package com.storedesk.ingest.sync;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.IngestResult;
import com.storedesk.ingest.IngestService;
import com.storedesk.pos.LiveSubscription;
import com.storedesk.pos.PosConnector;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a connector's live events into ingest until stopped. A batch that cannot be written
 * (the database gone, say) is logged and recorded as the stream's last error; the feed keeps
 * running, because the next batch may well land.
 */
public final class LiveSync implements AutoCloseable {

    /** The stream name live deliveries are recorded under. */
    public static final String STREAM = "live";

    private static final Logger LOG = LoggerFactory.getLogger(LiveSync.class);

    private final PosConnector connector;
    private final IngestService ingest;
    private final SyncStateRepository syncState;
    private LiveSubscription subscription;

    public LiveSync(PosConnector connector, IngestService ingest, SyncStateRepository syncState) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.syncState = Objects.requireNonNull(syncState, "syncState");
    }

    /** Starts the feed; calling it while running does nothing. */
    public synchronized void start() {
        if (subscription == null) {
            subscription = connector.subscribeLive(this::deliver);
            LOG.info("Live feed of {} started", connector.source());
        }
    }

    public synchronized boolean isRunning() {
        return subscription != null;
    }

    /** Stops the feed and waits for a batch in flight. */
    @Override
    public synchronized void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
            LOG.info("Live feed of {} stopped", connector.source());
        }
    }

    private void deliver(List<RetailEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            IngestResult result = ingest.ingest(batch);
            if (!result.rejections().isEmpty()) {
                LOG.warn("Live feed of {}: {} of {} events rejected", connector.source(),
                        result.rejections().size(), result.received());
            }
            syncState.recordSuccess(connector.source(), STREAM, null);
        } catch (RuntimeException e) {
            LOG.warn("Live feed of {}: a batch of {} events could not be written", connector.source(),
                    batch.size(), e);
            recordFailure(e);
        }
    }

    private void recordFailure(RuntimeException failure) {
        try {
            syncState.recordFailure(connector.source(), STREAM, String.valueOf(failure.getMessage()));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
