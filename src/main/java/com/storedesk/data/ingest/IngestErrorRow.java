package com.storedesk.data.ingest;

/** A refused event as {@code ingest_error} keeps it; {@code detail} must hold no personal data. */
public record IngestErrorRow(String source, String eventType, String externalId, String reason, String detail) {
}
