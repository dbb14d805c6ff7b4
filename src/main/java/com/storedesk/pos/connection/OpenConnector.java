package com.storedesk.pos.connection;

import com.storedesk.pos.PosConnector;
import com.storedesk.pos.http.ConnectionStatus;
import java.util.function.Supplier;

/** A connector built from a saved connection, with the way to ask whether its platform is answering. */
public record OpenConnector(PosConnection connection, PosConnector connector, Supplier<ConnectionStatus> status) {
}
