package com.storedesk.pos.connection;

import java.time.Instant;

/**
 * Where a connection's history pull stands, for the sync status panel.
 *
 * @param lastSuccessAt null before the first committed page
 * @param cursor where the next pull resumes; opaque, never secret
 * @param itemsFetched events delivered in all pulls
 * @param lastError the last failure's message (no secret; the HTTP layer scrubs them), null after a success
 */
public record SyncSummary(Instant lastSuccessAt, Instant lastAttemptAt, String cursor, long itemsFetched,
        String lastError) {

    public static final SyncSummary NEVER = new SyncSummary(null, null, null, 0, null);
}
