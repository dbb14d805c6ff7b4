package com.storedesk.pos.lightspeed;

import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.ConnectorSyncFixture;
import java.io.IOException;
import java.time.Instant;

/** The Lightspeed API double and a fresh database with a Lightspeed connector between them. */
final class LightspeedSyncFixture extends ConnectorSyncFixture<LightspeedConnector> {

    static final Instant NOW = Instant.parse("2021-07-01T00:00:00Z");
    static final String SOURCE = "lightspeed:" + LightspeedServer.ACCOUNT;

    final LightspeedServer lightspeed;

    LightspeedSyncFixture() throws IOException {
        super(NOW, SOURCE);
        lightspeed = new LightspeedServer();
    }

    @Override
    public LightspeedConnector connector(RetryPolicy policy, CircuitBreaker circuit) {
        return new LightspeedConnector(lightspeed.settings(), client, policy, circuit, pacing);
    }

    @Override
    protected void closeServer() throws IOException {
        lightspeed.close();
    }
}
