package com.storedesk.ingest.webhook;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseUnavailableException;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookDelivery;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code webhook_event} table. Recording a delivery is the duplicate check: its rows go in one
 * transaction, and the unique key on (platform, delivery id, item) refuses a delivery seen before.
 */
public final class WebhookInbox {

    static final int MAX_FAILURE = 2000;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    public WebhookInbox(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Records the delivery's objects; empty, recording nothing, when this delivery was recorded before. */
    public Optional<List<InboxItem>> record(WebhookDelivery delivery, String bodySha256, Instant at) {
        return record(delivery, null, bodySha256, at);
    }

    /**
     * Records the delivery's objects as sent by {@code connectionId} (null: no one connection); empty,
     * recording nothing, when this delivery was recorded before.
     */
    public Optional<List<InboxItem>> record(WebhookDelivery delivery, Long connectionId, String bodySha256,
            Instant at) {
        try (Connection connection = database.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<InboxItem> items = insert(connection, delivery, connectionId, bodySha256, at);
                connection.commit();
                return Optional.of(items);
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return Optional.empty();
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw unavailable("Recording a webhook delivery", e);
        }
    }

    private static List<InboxItem> insert(Connection connection, WebhookDelivery delivery, Long connectionId,
            String bodySha256, Instant at) throws SQLException {
        List<InboxItem> items = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_event (platform, delivery_id,"
                + " item, account, event_type, object_type, object_id, body_sha256, received_at, status, connection_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            int item = 0;
            for (NamedObject object : delivery.objects()) {
                insert.setString(1, delivery.platform().name());
                insert.setString(2, delivery.deliveryId());
                insert.setInt(3, item++);
                setNullable(insert, 4, object.account());
                setNullable(insert, 5, object.eventType());
                setNullable(insert, 6, object.objectType());
                setNullable(insert, 7, object.objectId());
                insert.setString(8, bodySha256);
                insert.setObject(9, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(10, InboxStatus.RECEIVED.name());
                if (connectionId == null) {
                    insert.setNull(11, Types.BIGINT);
                } else {
                    insert.setLong(11, connectionId);
                }
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    items.add(new InboxItem(key.getLong(1), delivery.platform(), object, connectionId));
                }
            }
        }
        return items;
    }

    /** Rows a handler has not finished with (RECEIVED, or FAILED with fewer than {@code maxAttempts}), oldest first. */
    public List<InboxItem> pending(int maxAttempts) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, platform, account, event_type,"
                        + " object_type, object_id, connection_id FROM webhook_event WHERE status = ? OR (status = ? AND attempts < ?)"
                        + " ORDER BY id")) {
            select.setString(1, InboxStatus.RECEIVED.name());
            select.setString(2, InboxStatus.FAILED.name());
            select.setInt(3, maxAttempts);
            List<InboxItem> items = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Optional<WebhookPlatform> platform = platform(row.getString(2));
                    if (platform.isPresent()) {
                        long connectionId = row.getLong(7);
                        items.add(new InboxItem(row.getLong(1), platform.get(), new NamedObject(row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6)),
                                row.wasNull() ? null : connectionId));
                    }
                }
            }
            return items;
        } catch (SQLException e) {
            throw unavailable("Reading the webhook inbox", e);
        }
    }

    /** Records what the handler did with a row; a failure's text is cut to what the column holds. */
    public void mark(long id, InboxStatus status, String failure, Instant at) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE webhook_event SET status = ?,"
                        + " attempts = attempts + ?, handled_at = ?, failure = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setInt(2, status == InboxStatus.UNHANDLED ? 0 : 1);
            update.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            if (failure == null) {
                update.setNull(4, Types.VARCHAR);
            } else {
                update.setString(4, failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure);
            }
            update.setLong(5, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw unavailable("Updating the webhook inbox", e);
        }
    }

    /** How many rows have {@code status}. */
    public long count(InboxStatus status) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM webhook_event WHERE status = ?")) {
            select.setString(1, status.name());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw unavailable("Reading the webhook inbox", e);
        }
    }

    private static Optional<WebhookPlatform> platform(String name) {
        try {
            return Optional.of(WebhookPlatform.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // written by a newer StoreDesk: leave it to that one
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static DatabaseUnavailableException unavailable(String what, SQLException e) {
        return new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE, what, e);
    }
}
