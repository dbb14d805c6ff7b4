package com.storedesk.data;

/** The schema version a fresh database reaches: the highest migration in db/migration. */
public final class LatestSchema {

    public static final String VERSION = "20";

    private LatestSchema() {
    }
}
