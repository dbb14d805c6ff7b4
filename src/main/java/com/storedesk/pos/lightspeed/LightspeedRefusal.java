package com.storedesk.pos.lightspeed;

import com.storedesk.pos.ConnectorException;

/** Lightspeed refused a request itself (400, 404, 422...): its message says why. */
final class LightspeedRefusal extends ConnectorException {

    private final int status;

    LightspeedRefusal(String endpoint, int status, String message) {
        super("pos.error.rejected", "Lightspeed " + endpoint + " refused the request: HTTP " + status
                + (message == null ? "" : " " + message), null);
        this.status = status;
    }

    int status() {
        return status;
    }
}
