package com.storedesk.ingest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flood of refused deliveries cannot fill the audit trail, and what was left out is still counted. */
class RejectionAuditTest {

    @Test
    void pastTheMinutesAllowanceRefusalsAreCountedIntoTheNextEntry() {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));
        List<AuditEvent> written = new ArrayList<>();
        RejectionAudit audit = new RejectionAudit(written::add, clock);

        for (int i = 0; i < RejectionAudit.PER_MINUTE + 7; i++) {
            audit.record(WebhookPlatform.SHOPIFY, "bad-signature", "10.0.0.9", 12, "ab".repeat(32));
        }
        clock.advance(Duration.ofSeconds(61));
        audit.record(WebhookPlatform.SHOPIFY, "missing-signature", "10.0.0.9", 3, "cd".repeat(32));

        assertThat(written).hasSize(RejectionAudit.PER_MINUTE + 1);
        assertThat(written.get(0).action()).isEqualTo(AuditAction.WEBHOOK_REJECTED);
        assertThat(written.get(0).details()).containsEntry("platform", "shopify").containsEntry("bodyBytes", "12")
                .doesNotContainKey("leftOutBefore");
        assertThat(written.get(RejectionAudit.PER_MINUTE).details()).containsEntry("leftOutBefore", "7")
                .containsEntry("reason", "missing-signature");
    }

    @Test
    void anAuditTrailThatFailsDoesNotFailTheAnswer() {
        RejectionAudit audit = new RejectionAudit(event -> {
            throw new IllegalStateException("database down");
        }, new MovableClock(Instant.EPOCH));

        audit.record(WebhookPlatform.SQUARE, "bad-signature", "127.0.0.1", 1, "00".repeat(32));
    }
}
