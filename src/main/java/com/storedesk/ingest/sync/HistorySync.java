package com.storedesk.ingest.sync;

import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.IngestResult;
import com.storedesk.ingest.IngestService;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.PosConnector;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls a connector's history page by page into ingest, saving the cursor after each committed
 * page. Stopping (cancel, crash, a dead POS) loses nothing: the next run resumes from the saved
 * cursor, and ingest is idempotent, so a page delivered twice does no harm.
 */
public final class HistorySync {

    /** The stream name history cursors are saved under. */
    public static final String STREAM = "history";

    private static final Logger LOG = LoggerFactory.getLogger(HistorySync.class);

    private final PosConnector connector;
    private final IngestService ingest;
    private final SyncStateRepository syncState;

    public HistorySync(PosConnector connector, IngestService ingest, SyncStateRepository syncState) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.syncState = Objects.requireNonNull(syncState, "syncState");
    }

    /** Resumes from the saved cursor, or starts from the beginning when there is none. */
    public SyncTotals resume(SyncProgress progress, BooleanSupplier cancelled) throws ConnectorException {
        return run(syncState.cursor(connector.source(), STREAM, connector.syncScope()).orElse(null), progress, cancelled);
    }

    /** Pulls everything from the first page, whatever was saved; ingest makes the repeat harmless. */
    public SyncTotals fromStart(SyncProgress progress, BooleanSupplier cancelled) throws ConnectorException {
        return run(null, progress, cancelled);
    }

    private SyncTotals run(String startCursor, SyncProgress progress, BooleanSupplier cancelled)
            throws ConnectorException {
        long started = System.nanoTime();
        SyncTotals totals = SyncTotals.NONE;
        String cursor = startCursor;
        while (true) {
            if (cancelled.getAsBoolean()) {
                LOG.info("History sync of {} cancelled after {} pages", connector.source(), totals.pages());
                return totals.asCancelled();
            }
            HistoryPage page = pull(cursor);
            IngestResult result = ingest.ingest(page.events());
            totals = totals.plus(result, Duration.ofNanos(System.nanoTime() - started));
            if (page.isLast()) {
                // Where the next run starts: the connector's resume cursor, else this last page again
                // (a connector may hand back more on it later).
                String resume = page.resumeCursor() != null ? page.resumeCursor() : cursor;
                syncState.recordSuccess(connector.source(), STREAM, connector.syncScope(), resume,
                        page.events().size());
                progress.pageDone(1, totals);
                LOG.info("History sync of {} complete: {} pages, {} events, {} rejected", connector.source(),
                        totals.pages(), totals.events(), totals.rejected());
                return totals;
            }
            cursor = page.nextCursor();
            syncState.recordSuccess(connector.source(), STREAM, connector.syncScope(), cursor, page.events().size());
            progress.pageDone(page.progress(), totals);
        }
    }

    private HistoryPage pull(String cursor) throws ConnectorException {
        try {
            return connector.pullHistory(cursor);
        } catch (ConnectorException e) {
            syncState.recordFailure(connector.source(), STREAM, connector.syncScope(), e.getMessage());
            throw e;
        }
    }
}
