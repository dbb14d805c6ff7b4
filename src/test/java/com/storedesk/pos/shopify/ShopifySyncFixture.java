package com.storedesk.pos.shopify;

import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.ConnectorSyncFixture;
import java.io.IOException;
import java.time.Instant;

/** The Shopify API double and a fresh database with a Shopify connector between them. */
final class ShopifySyncFixture extends ConnectorSyncFixture<ShopifyConnector> {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final String SOURCE = "shopify:" + ShopifyServer.SHOP;

    final ShopifyServer shopify;

    ShopifySyncFixture() throws IOException {
        super(NOW, SOURCE);
        shopify = new ShopifyServer();
    }

    @Override
    public ShopifyConnector connector(RetryPolicy policy, CircuitBreaker circuit) {
        return new ShopifyConnector(shopify.settings(), client, policy, circuit, pacing);
    }

    /** Each location of a shop keeps its own cursor. */
    @Override
    protected String scope() {
        return "655441491";
    }

    @Override
    protected void closeServer() throws IOException {
        shopify.close();
    }
}
