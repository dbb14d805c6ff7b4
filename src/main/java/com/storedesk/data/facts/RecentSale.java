package com.storedesk.data.facts;

import java.time.Instant;

/**
 * A sale as the live feed lists it. Says whether a loyalty member bought, never who: the feed is
 * on a back-office screen and in screenshots.
 */
public record RecentSale(long id, Instant occurredAt, String externalId, int lines, long totalMinor, boolean voided,
        String cashierName, boolean member) {
}
