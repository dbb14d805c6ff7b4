package com.storedesk.ingest.sync;

import com.storedesk.ingest.IngestResult;
import java.time.Duration;

/**
 * What one history sync delivered.
 *
 * @param cancelled true when it stopped early on request; the cursor is saved, so the next run resumes
 */
public record SyncTotals(int pages, long events, long inserted, long updated, long unchanged, long rejected,
        boolean cancelled, Duration took) {

    static final SyncTotals NONE = new SyncTotals(0, 0, 0, 0, 0, 0, false, Duration.ZERO);

    SyncTotals plus(IngestResult page, Duration tookSoFar) {
        return new SyncTotals(pages + 1, events + page.received(), inserted + page.inserted(),
                updated + page.updated(), unchanged + page.unchanged(), rejected + page.rejections().size(),
                false, tookSoFar);
    }

    SyncTotals asCancelled() {
        return new SyncTotals(pages, events, inserted, updated, unchanged, rejected, true, took);
    }
}
