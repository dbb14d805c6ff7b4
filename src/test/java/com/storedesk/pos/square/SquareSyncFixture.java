package com.storedesk.pos.square;

import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.ConnectorSyncFixture;
import java.io.IOException;
import java.time.Instant;

/** The Square API double and a fresh database with a Square connector between them. */
final class SquareSyncFixture extends ConnectorSyncFixture<SquareConnector> {

    static final Instant NOW = Instant.parse("2020-06-01T00:00:00Z");
    static final String SOURCE = "square:" + SquareServer.LOCATION;

    final SquareServer square;

    SquareSyncFixture() throws IOException {
        super(NOW, SOURCE);
        square = new SquareServer();
    }

    @Override
    public SquareConnector connector(RetryPolicy policy, CircuitBreaker circuit) {
        return new SquareConnector(square.settings(), client, policy, circuit, pacing);
    }

    @Override
    protected void closeServer() throws IOException {
        square.close();
    }
}
