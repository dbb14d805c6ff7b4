/**
 * The webhook receiver: a small HTTP server that checks each delivery's signature, records what it
 * names in the {@code webhook_event} inbox once, and hands it to the platform's connector to fetch and
 * ingest. Polling stays the backbone; a delivery only makes a change arrive sooner.
 */
package com.storedesk.ingest.webhook;
