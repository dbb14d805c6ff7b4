package com.storedesk.app;

import java.util.List;

/** Where {@link DataFeeds} gets its connectors: the configured POS connections, or the demo chain. */
interface FeedSource {

    /** Builds the connectors; runs once, off the FX thread (it may read the database and the vault). */
    List<ConnectorFeed> open();

    /** Whether a real POS is configured, so an empty database is not a first start of the demo. */
    boolean anyConfigured();

    /** Always the one connector {@code connector} builds, as before any POS could be configured. */
    static FeedSource single(java.util.function.Supplier<com.storedesk.pos.PosConnector> connector) {
        return new FeedSource() {
            @Override
            public List<ConnectorFeed> open() {
                return List.of(ConnectorFeed.pushed(connector.get()));
            }

            @Override
            public boolean anyConfigured() {
                return false;
            }
        };
    }
}
