package com.storedesk.ingest.webhook;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a refused delivery to the audit trail. Anyone who can reach the port can send refusals, and
 * the trail is kept forever: past {@link #PER_MINUTE} entries a minute the rest are counted, and the
 * next entry written says how many were left out. What was signed is never written, only its size and digest.
 */
final class RejectionAudit {

    static final int PER_MINUTE = 30;

    private static final Logger log = LoggerFactory.getLogger(RejectionAudit.class);

    private final AuditTrail audit;
    private final Clock clock;
    private Instant windowStart = Instant.MIN;
    private int writtenInWindow;
    private long leftOut;

    RejectionAudit(AuditTrail audit, Clock clock) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the refusal, unless the minute's allowance is spent. Never throws: the sender gets its 401 either way. */
    void record(WebhookPlatform platform, String reason, String remoteAddress, int bodyBytes, String bodySha256) {
        Map<String, String> details = new TreeMap<>();
        details.put("platform", platform.id());
        details.put("reason", reason);
        details.put("remoteAddress", remoteAddress);
        details.put("bodyBytes", Integer.toString(bodyBytes));
        details.put("bodySha256", bodySha256);
        if (!admit(details)) {
            return;
        }
        try {
            audit.record(new AuditEvent("webhook:" + platform.id(), AuditAction.WEBHOOK_REJECTED, null, platform.path(),
                    details));
        } catch (RuntimeException e) {
            log.error("Could not write a refused {} webhook to the audit trail", platform.id(), e);
        }
    }

    private synchronized boolean admit(Map<String, String> details) {
        Instant now = clock.instant();
        if (now.isAfter(windowStart.plus(Duration.ofMinutes(1))) || now.isBefore(windowStart)) {
            windowStart = now;
            writtenInWindow = 0;
        }
        if (writtenInWindow >= PER_MINUTE) {
            leftOut++;
            return false;
        }
        writtenInWindow++;
        if (leftOut > 0) {
            details.put("leftOutBefore", Long.toString(leftOut));
            log.warn("{} refused webhook deliveries were not written to the audit trail (more than {} a minute)",
                    leftOut, PER_MINUTE);
            leftOut = 0;
        }
        return true;
    }
}
