package com.storedesk.ingest.webhook;

/** What the receiver answers a delivery: an HTTP status and a short line for whoever reads the platform's log. */
public record Reply(int status, String message) {

    static Reply ok(String message) {
        return new Reply(200, message);
    }
}
