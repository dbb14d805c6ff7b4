package com.storedesk.data.ingest;

/** What writing one event did to the database. */
public enum RowOutcome {
    INSERTED,
    UPDATED,
    /** Nothing written: the same or a newer version is already stored. */
    UNCHANGED
}
