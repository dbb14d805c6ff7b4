package com.storedesk.pos.clover;

import com.storedesk.pos.ConnectorException;

/** Clover refused a request itself (400, 404...): its message says why. */
final class CloverRefusal extends ConnectorException {

    private final int status;

    CloverRefusal(String endpoint, int status, String message) {
        super("pos.error.rejected", "Clover " + endpoint + " refused the request: HTTP " + status + message, null);
        this.status = status;
    }

    int status() {
        return status;
    }
}
