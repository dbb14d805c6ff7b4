package com.storedesk.ingest;

import java.util.Objects;

/**
 * One event ingest refused.
 *
 * @param eventType the event's record name, e.g. {@code SaleRecorded}
 * @param detail what was wrong, in terms of fields, line numbers and ids; never personal data
 */
public record IngestRejection(String eventType, String source, String externalId, RejectReason reason,
        String detail) {

    public IngestRejection {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(reason, "reason");
    }
}
