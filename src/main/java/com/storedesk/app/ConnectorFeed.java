package com.storedesk.app;

import com.storedesk.pos.PosConnector;
import com.storedesk.pos.http.ConnectionStatus;
import java.util.function.Supplier;

/**
 * One connector feeding this database, with how to ask whether its platform answers.
 *
 * @param polled true for a platform that pushes nothing live (Square): its history is pulled again
 *     every few minutes instead
 */
record ConnectorFeed(PosConnector connector, Supplier<ConnectionStatus> status, boolean polled) {

    /** The demo chain: live events of its own, always reachable. */
    static ConnectorFeed pushed(PosConnector connector) {
        return new ConnectorFeed(connector, () -> ConnectionStatus.REACHABLE, false);
    }
}
