package com.storedesk.data.facts;

import java.time.Instant;
import java.util.Objects;

/** How many completed sales a loyalty member has, and when the last one was. */
public record MemberSpan(long customerId, int sales, Instant lastSaleAt) {

    public MemberSpan {
        Objects.requireNonNull(lastSaleAt, "lastSaleAt");
    }
}
