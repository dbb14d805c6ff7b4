package com.storedesk.pos.clover;

import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.ConnectorSyncFixture;
import java.io.IOException;
import java.time.Instant;

/** The Clover API double and a fresh database with a Clover connector between them. */
final class CloverSyncFixture extends ConnectorSyncFixture<CloverConnector> {

    static final Instant NOW = Instant.parse("2021-07-01T00:00:00Z");
    static final String SOURCE = "clover:" + CloverServer.MERCHANT;

    final CloverServer clover;

    CloverSyncFixture() throws IOException {
        super(NOW, SOURCE);
        clover = new CloverServer();
    }

    @Override
    public CloverConnector connector(RetryPolicy policy, CircuitBreaker circuit) {
        return new CloverConnector(clover.settings(), client, policy, circuit, pacing);
    }

    @Override
    protected void closeServer() throws IOException {
        clover.close();
    }
}
