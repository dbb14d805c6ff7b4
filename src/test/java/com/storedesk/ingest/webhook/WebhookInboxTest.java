package com.storedesk.ingest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookDelivery;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox table: a delivery's rows go in once, and what is pending comes back out. */
class WebhookInboxTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final String DIGEST = "0".repeat(64);

    private Database database;
    private WebhookInbox inbox;

    Database openDatabase() {
        return Database.open(new DatabaseLocation.H2File(Path.of("target", "test-dbs", UUID.randomUUID().toString(),
                "storedesk")));
    }

    @BeforeEach
    void open() {
        database = openDatabase();
        inbox = new WebhookInbox(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aDeliveryIsRecordedOnceWithARowPerObject() {
        WebhookDelivery delivery = new WebhookDelivery(WebhookPlatform.CLOVER, "sha256:abc", List.of(
                new NamedObject("M1", "CREATE", "O", "1"), new NamedObject("M1", "UPDATE", "P", null)));

        Optional<List<InboxItem>> first = inbox.record(delivery, DIGEST, AT);
        Optional<List<InboxItem>> again = inbox.record(delivery, DIGEST, AT.plusSeconds(5));

        assertThat(first).get().asList().hasSize(2);
        assertThat(again).isEmpty();
        assertThat(inbox.pending(5)).extracting(InboxItem::object).containsExactly(
                new NamedObject("M1", "CREATE", "O", "1"), new NamedObject("M1", "UPDATE", "P", null));
        assertThat(inbox.count(InboxStatus.RECEIVED)).isEqualTo(2);
    }

    @Test
    void theSameIdOnAnotherPlatformIsAnotherDelivery() {
        List<NamedObject> objects = List.of(new NamedObject(null, "t", "o", "1"));
        assertThat(inbox.record(new WebhookDelivery(WebhookPlatform.SQUARE, "e1", objects), DIGEST, AT)).isPresent();
        assertThat(inbox.record(new WebhookDelivery(WebhookPlatform.SHOPIFY, "e1", objects), DIGEST, AT)).isPresent();
    }

    @Test
    void handledAndUnhandledRowsAreNoLongerPendingAndFailedOnesUntilTheirLastAttempt() {
        List<InboxItem> items = inbox.record(new WebhookDelivery(WebhookPlatform.SQUARE, "e2", List.of(
                new NamedObject("M", "order.updated", "order", "A"), new NamedObject("M", "order.updated", "order", "B"),
                new NamedObject("M", "order.updated", "order", "C"))), DIGEST, AT).orElseThrow();

        inbox.mark(items.get(0).id(), InboxStatus.HANDLED, null, AT);
        inbox.mark(items.get(1).id(), InboxStatus.UNHANDLED, null, AT);
        inbox.mark(items.get(2).id(), InboxStatus.FAILED, "x".repeat(3000), AT);

        assertThat(inbox.pending(2)).extracting(item -> item.object().objectId()).containsExactly("C");
        inbox.mark(items.get(2).id(), InboxStatus.FAILED, "down", AT);
        assertThat(inbox.pending(2)).isEmpty();
    }
}
