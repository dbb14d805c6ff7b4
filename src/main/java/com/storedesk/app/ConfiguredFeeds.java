package com.storedesk.app;

import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.connection.ConnectionService;
import com.storedesk.pos.connection.OpenConnector;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.pos.connection.PosConnectors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors of this database's enabled POS connections; the demo chain when none is configured.
 * A connection that cannot be opened here (no token on this computer, no connector for its platform)
 * is left out, its reason saved as its sync's last error for Settings to show, and the others run.
 */
final class ConfiguredFeeds implements FeedSource {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredFeeds.class);

    private final ConnectionService connections;
    private final PosConnectors connectors;
    private final SyncStateRepository syncState;
    private final Supplier<PosConnector> demo;

    ConfiguredFeeds(ConnectionService connections, PosConnectors connectors, SyncStateRepository syncState,
            Supplier<PosConnector> demo) {
        this.connections = connections;
        this.connectors = connectors;
        this.syncState = syncState;
        this.demo = demo;
    }

    @Override
    public List<ConnectorFeed> open() {
        List<PosConnection> enabled = connections.enabled();
        if (enabled.isEmpty()) {
            return List.of(ConnectorFeed.pushed(demo.get()));
        }
        List<ConnectorFeed> feeds = new ArrayList<>();
        for (PosConnection connection : enabled) {
            try {
                OpenConnector open = connectors.open(connection);
                feeds.add(new ConnectorFeed(open.connector(), open.status(), true));
            } catch (ConnectorException e) {
                LOG.warn("POS connection {} is not synced: {}", connection.source(), e.getMessage());
                syncState.recordFailure(connection.source(), HistorySync.STREAM, connection.syncScope(), e.getMessage());
            }
        }
        return feeds;
    }

    @Override
    public boolean anyConfigured() {
        return !connections.enabled().isEmpty();
    }
}
