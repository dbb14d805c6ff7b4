package com.storedesk.pos.square;

import com.storedesk.pos.ConnectorException;
import java.util.List;

/**
 * Square answered a request with an error of the request itself (400, 404, 409...): its error
 * codes say which, e.g. INVALID_CURSOR or IDEMPOTENCY_KEY_REUSED.
 */
final class SquareRefusal extends ConnectorException {

    private final int status;
    private final List<String> codes;

    SquareRefusal(String endpoint, int status, List<String> codes) {
        super("pos.error.rejected", "Square " + endpoint + " refused the request: HTTP " + status + " " + codes, null);
        this.status = status;
        this.codes = List.copyOf(codes);
    }

    int status() {
        return status;
    }

    boolean has(String code) {
        return codes.contains(code);
    }
}
