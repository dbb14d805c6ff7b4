package com.storedesk.ingest.webhook;

import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookKey;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecret;
import com.storedesk.pos.webhook.WebhookSecrets;
import com.storedesk.testing.MovableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A receiver on a fresh database, with handlers that note what they were asked to fetch. */
final class ReceiverFixture implements AutoCloseable {

    static final String SQUARE_KEY = "square-signature-key";
    static final String SQUARE_URL = "https://relay.example/webhooks/square";
    static final String SHOPIFY_SECRET = "shopify-client-secret";
    static final String CLOVER_CODE = "0307e264-b33a-4913-88aa-37b10014a0b8";
    static final String LIGHTSPEED_SECRET = "lightspeed-client-secret";

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));
    final Database database;
    final WebhookInbox inbox;
    final List<NamedObject> fetched = new CopyOnWriteArrayList<>();
    final List<List<RetailEvent>> ingested = new CopyOnWriteArrayList<>();
    final List<String> cloverCodes = new CopyOnWriteArrayList<>();
    final WebhookDispatcher dispatcher;
    final WebhookReceiver receiver;
    private WebhookServer server;

    ReceiverFixture() {
        this(Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk"))));
    }

    ReceiverFixture(Database database) {
        this.database = database;
        this.inbox = new WebhookInbox(database);
        WebhookHandlers handlers = WebhookHandlers.none()
                .with(WebhookPlatform.SQUARE, object -> {
                    fetched.add(object);
                    if ("unreachable".equals(object.objectId())) {
                        throw new ConnectorException("error.pos.unreachable", "Square did not answer", null);
                    }
                    return List.of();
                })
                .with(WebhookPlatform.SHOPIFY, object -> {
                    fetched.add(object);
                    return List.of();
                });
        this.dispatcher = new WebhookDispatcher(inbox, handlers, ingested::add, clock);
        Map<WebhookPlatform, WebhookSecret> secrets = new EnumMap<>(WebhookPlatform.class);
        secrets.put(WebhookPlatform.SQUARE, WebhookSecret.of(SQUARE_KEY).at(SQUARE_URL));
        secrets.put(WebhookPlatform.SHOPIFY, WebhookSecret.of(SHOPIFY_SECRET));
        secrets.put(WebhookPlatform.CLOVER, WebhookSecret.of(CLOVER_CODE));
        secrets.put(WebhookPlatform.LIGHTSPEED, WebhookSecret.of(LIGHTSPEED_SECRET));
        WebhookSecrets lookup = platform -> Optional.ofNullable(secrets.get(platform)).map(WebhookKey::unnamed)
                .stream().toList();
        this.receiver = new WebhookReceiver(lookup, inbox, dispatcher, new DatabaseAuditTrail(database, clock),
                cloverCodes::add, clock);
    }

    /** Starts the HTTP server on a free port of the loopback address. */
    String start(int maxBodyBytes) throws Exception {
        server = WebhookServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), receiver, maxBodyBytes);
        return "http://127.0.0.1:" + server.port();
    }

    long rows(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** Waits until the handler thread has finished what was queued before. */
    void settle() throws Exception {
        for (int i = 0; i < 200 && rows("SELECT COUNT(*) FROM webhook_event WHERE status = 'RECEIVED'") > 0; i++) {
            Thread.sleep(25);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        dispatcher.close();
        database.close();
    }
}
