package com.storedesk.ingest;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.Database;
import com.storedesk.data.ingest.IngestErrorRow;
import com.storedesk.data.ingest.IngestStore;
import com.storedesk.data.ingest.IngestWriteException;
import com.storedesk.data.ingest.ReferenceCache;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way canonical events reach the database. A batch is checked, sorted (reference data,
 * then sales, then refunds, then the rest) and written in one transaction, rollups included;
 * delivering it again changes nothing. Events that fail their checks are refused with a reason
 * (kept in {@code ingest_error}) and the rest of the batch still lands. If the database refuses
 * the batch anyway, it is rolled back and retried one event per transaction, so one bad row
 * costs only itself. After each batch that changed something, one {@link StoreDataChanged} names
 * the stores it changed.
 *
 * <p>Thread-safe: batches are written one at a time.
 */
public final class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestStore store;
    private final StoreDataChanges changes;
    private final ReentrantLock writer = new ReentrantLock();

    public IngestService(Database database, Clock clock, StoreDataChanges changes) {
        this(new IngestStore(database.dataSource(), new ReferenceCache(), clock), changes);
    }

    IngestService(IngestStore store, StoreDataChanges changes) {
        this.store = Objects.requireNonNull(store, "store");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /**
     * Writes a batch (any mix of events, any order) and says what became of each event.
     *
     * @throws IngestWriteException when the database cannot be reached; events written before that
     *     stay written, and delivering the batch again is safe
     */
    public IngestResult ingest(List<? extends RetailEvent> batch) {
        Objects.requireNonNull(batch, "batch");
        writer.lock();
        try {
            BatchPlan plan = BatchPlan.of(batch);
            Tally tally = new Tally();
            tally.add(plan.setAside);
            if (!plan.events().isEmpty()) {
                Tally written = writeWhole(plan);
                tally.add(written != null ? written : writeOneByOne(plan));
            }
            IngestResult result = tally.result(batch.size());
            record(result.rejections());
            log(result);
            changes.publish(new StoreDataChanged(result.changedStoreIds(), result.catalogChanged()));
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** The whole plan in one transaction, or null when the database refused it (rolled back). */
    private Tally writeWhole(BatchPlan plan) {
        try {
            return store.write(transaction -> new BatchIngest(plan).run(transaction));
        } catch (IngestWriteException e) {
            if (e.databaseUnavailable()) {
                throw e;
            }
            LOG.warn("The database refused a batch of {} events ({}); writing them one by one", plan.events().size(),
                    e.safeDetail());
            return null;
        } catch (RuntimeException e) {
            LOG.error("Writing a batch of {} events failed; writing them one by one", plan.events().size(), e);
            return null;
        }
    }

    private Tally writeOneByOne(BatchPlan plan) {
        Tally tally = new Tally();
        for (RetailEvent event : plan.events()) {
            BatchPlan single = BatchPlan.of(List.of(event));
            try {
                tally.add(store.write(transaction -> new BatchIngest(single).run(transaction)));
            } catch (IngestWriteException e) {
                if (e.databaseUnavailable()) {
                    throw e;
                }
                tally.reject(event, RejectReason.DATABASE_REJECTED, e.safeDetail());
            } catch (RuntimeException e) {
                LOG.error("Writing {} {} from {} failed", event.getClass().getSimpleName(), event.externalId(),
                        event.source(), e);
                tally.reject(event, RejectReason.UNEXPECTED_ERROR, e.getClass().getSimpleName());
            }
        }
        return tally;
    }

    /** The data is committed whatever happens here: a failure to log refusals must not undo it. */
    private void record(List<IngestRejection> rejections) {
        try {
            store.recordErrors(rejections.stream().map(r -> new IngestErrorRow(r.source(), r.eventType(),
                    r.externalId(), r.reason().name(), r.detail())).toList());
        } catch (RuntimeException e) {
            LOG.warn("Could not record {} refused events in ingest_error", rejections.size(), e);
        }
    }

    private static void log(IngestResult result) {
        LOG.debug("Ingested {} events: {} inserted, {} updated, {} unchanged, {} refused, stores changed {}",
                result.received(), result.inserted(), result.updated(), result.unchanged(),
                result.rejections().size(), result.changedStoreIds());
        if (!result.rejections().isEmpty()) {
            Map<RejectReason, Integer> byReason = new TreeMap<>();
            result.rejections().forEach(r -> byReason.merge(r.reason(), 1, Integer::sum));
            LOG.warn("Ingest refused {} of {} events: {}", result.rejections().size(), result.received(), byReason);
        }
    }
}
