package com.storedesk.ingest.sync;

/** Told after each committed page of history; called on the syncing thread. */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (fraction, totals) -> { };

    /**
     * @param fraction how much of the history is in, 0..1, or negative when the platform cannot tell
     * @param totals what has been ingested so far in this run
     */
    void pageDone(double fraction, SyncTotals totals);
}
