package com.storedesk.pos.shopify;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.StoreDataChanges;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.MovableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * A Shopify API double, a fresh H2 database with ingest and sync state on it, and a connector
 * between them whose waits are only recorded: a test of retries takes no time.
 */
final class ShopifySyncFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final String SOURCE = "shopify:" + ShopifyServer.SHOP;

    final MovableClock clock = new MovableClock(NOW);
    final List<Duration> sleeps = new ArrayList<>();
    final Pacing pacing = new Pacing(clock, sleeps::add, () -> 0.5);
    final ShopifyServer shopify;
    final Database db;
    final IngestService ingest;
    final SyncStateRepository syncState;
    final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();

    ShopifySyncFixture() throws IOException {
        shopify = new ShopifyServer();
        db = Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), clock);
        ingest = new IngestService(db, clock, new StoreDataChanges());
        syncState = new SyncStateRepository(db, clock);
    }

    ShopifyConnector connector() {
        return connector(RetryPolicy.defaults(), CircuitBreaker.defaults(clock));
    }

    ShopifyConnector connector(RetryPolicy policy, CircuitBreaker circuit) {
        return new ShopifyConnector(shopify.settings(), client, policy, circuit, pacing);
    }

    /** One sync run with a fresh connector, resuming from the saved cursor. */
    SyncTotals sync() throws ConnectorException {
        return sync(connector());
    }

    SyncTotals sync(ShopifyConnector connector) throws ConnectorException {
        return new HistorySync(connector, ingest, syncState).resume(SyncProgress.NONE, () -> false);
    }

    String savedCursor() {
        return syncState.cursor(SOURCE, HistorySync.STREAM).orElse(null);
    }

    long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0));
    }

    /** Each row's columns joined by "|". */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(result.getObject(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        db.close();
        shopify.close();
    }
}
