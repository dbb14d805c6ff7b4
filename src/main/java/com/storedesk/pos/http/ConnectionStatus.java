package com.storedesk.pos.http;

import java.time.Instant;

/**
 * Whether a POS connection is answering, for a status bar: "POS unreachable since ..." while its
 * circuit is open, nothing when it answers.
 *
 * @param unreachableSince the first failure of the streak that opened the circuit; null when reachable
 */
public record ConnectionStatus(Instant unreachableSince) {

    public static final ConnectionStatus REACHABLE = new ConnectionStatus(null);

    public boolean reachable() {
        return unreachableSince == null;
    }

    /** The translated sentence for an unreachable connection; its one argument is {@link #unreachableSince()}. */
    public String messageKey() {
        return "pos.status.unreachableSince";
    }
}
