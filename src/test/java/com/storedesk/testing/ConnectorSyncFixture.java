package com.storedesk.testing;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.StoreDataChanges;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RetryPolicy;
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
 * A platform's API double (the subclass's), a fresh H2 database with ingest and sync state on it,
 * and a connector between them whose waits are only recorded: a test of retries takes no time.
 * Every platform connector's tests share it.
 */
public abstract class ConnectorSyncFixture<C extends PosConnector> implements AutoCloseable {

    public final MovableClock clock;
    public final List<Duration> sleeps = new ArrayList<>();
    public final Pacing pacing;
    public final Database db;
    public final IngestService ingest;
    public final SyncStateRepository syncState;
    public final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    private final String source;

    /** @param source the source the connector's events carry, under which its cursor is saved */
    protected ConnectorSyncFixture(Instant now, String source) {
        this.source = source;
        clock = new MovableClock(now);
        pacing = new Pacing(clock, sleeps::add, () -> 0.5);
        db = Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), clock);
        ingest = new IngestService(db, clock, new StoreDataChanges());
        syncState = new SyncStateRepository(db, clock);
    }

    public C connector() {
        return connector(RetryPolicy.defaults(), CircuitBreaker.defaults(clock));
    }

    public abstract C connector(RetryPolicy policy, CircuitBreaker circuit);

    /** One sync run with a fresh connector, resuming from the saved cursor. */
    public SyncTotals sync() throws ConnectorException {
        return sync(connector());
    }

    public SyncTotals sync(C connector) throws ConnectorException {
        return new HistorySync(connector, ingest, syncState).resume(SyncProgress.NONE, () -> false);
    }

    public String savedCursor() {
        return syncState.cursor(source, HistorySync.STREAM, scope()).orElse(null);
    }

    /** Whose cursor the connector keeps within its source: chain-wide unless it says otherwise. */
    protected String scope() {
        return "*";
    }

    public long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0));
    }

    /** Each row's columns joined by "|". */
    public List<String> rows(String sql) throws SQLException {
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

    /** Stops the API double. */
    protected abstract void closeServer() throws IOException;

    @Override
    public void close() throws IOException {
        db.close();
        closeServer();
    }
}
