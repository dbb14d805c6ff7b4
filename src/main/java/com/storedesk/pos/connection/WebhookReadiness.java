package com.storedesk.pos.connection;

import java.util.Objects;

/** Whether an enabled connection's deliveries can be verified on this computer, and if not, why. */
public record WebhookReadiness(PosConnection connection, State state) {

    public enum State {
        /** Its signature key is in this computer's vault (and, for Square, its notification URL is saved). */
        READY,
        /** No signature key on this computer: its deliveries get 401 unless the environment's key matches. */
        NO_SECRET,
        /** A Square connection with a key but no notification URL: Square signs the URL, so nothing would verify. */
        NO_NOTIFICATION_URL
    }

    public WebhookReadiness {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(state, "state");
    }
}
