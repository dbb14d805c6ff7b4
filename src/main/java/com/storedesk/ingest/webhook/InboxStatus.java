package com.storedesk.ingest.webhook;

/** Where an inbox row stands; stored by name. */
public enum InboxStatus {
    /** Recorded, not yet handed to its handler. */
    RECEIVED,
    /** Fetched from the platform and ingested. */
    HANDLED,
    /** The platform could not be reached; handed to the handler again at the next start. */
    FAILED,
    /** No connector handles this platform's webhooks yet: polling will bring the change. */
    UNHANDLED
}
