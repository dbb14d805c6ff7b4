package com.storedesk.ingest.webhook;

import com.storedesk.audit.AuditTrail;
import com.storedesk.pos.webhook.CloverVerification;
import com.storedesk.pos.webhook.DeliveryHeaders;
import com.storedesk.pos.webhook.MalformedDeliveryException;
import com.storedesk.pos.webhook.WebhookDelivery;
import com.storedesk.pos.webhook.WebhookKey;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecrets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to one delivery, whatever carried it: authenticate the raw bytes against every secret of
 * its platform (401 and an audit entry when none matches, nothing else), read what it names (400 when
 * that cannot be read), record it once with the connection whose secret matched (a repeat is
 * acknowledged and ignored) and hand it to that connection's handler.
 */
public final class WebhookReceiver {

    private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

    private final WebhookSecrets secrets;
    private final WebhookInbox inbox;
    private final WebhookDispatcher dispatcher;
    private final RejectionAudit rejections;
    private final Consumer<String> cloverVerificationCodes;
    private final Clock clock;
    private final DeliveryTally tally = new DeliveryTally();

    /**
     * @param cloverVerificationCodes told each code of Clover's one-time handshake, for the operator to
     *     paste into the Clover dashboard
     */
    public WebhookReceiver(WebhookSecrets secrets, WebhookInbox inbox, WebhookDispatcher dispatcher, AuditTrail audit,
            Consumer<String> cloverVerificationCodes, Clock clock) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.rejections = new RejectionAudit(audit, clock);
        this.cloverVerificationCodes = Objects.requireNonNull(cloverVerificationCodes, "cloverVerificationCodes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether deliveries of {@code platform} are taken (it has a secret). */
    public boolean serves(WebhookPlatform platform) {
        return !secrets.keys(platform).isEmpty();
    }

    /**
     * Whether deliveries of {@code platform} get past the path: those it serves, and Clover's always,
     * whose one-time handshake comes before any Clover key can exist.
     */
    public boolean listensAt(WebhookPlatform platform) {
        return platform == WebhookPlatform.CLOVER || serves(platform);
    }

    /** What this receiver took and refused so far. */
    public DeliveryTally tally() {
        return tally;
    }

    /**
     * @param remoteAddress who sent it, for the audit entry of a refusal
     * @throws RuntimeException when the database fails: the platform should send it again later
     */
    public Reply receive(WebhookPlatform platform, byte[] body, DeliveryHeaders headers, String remoteAddress) {
        String signature = headers.first(platform.scheme().header()).orElse(null);
        // Clover sends the handshake before it shows the auth code: there is no key to check it with yet.
        if (platform == WebhookPlatform.CLOVER && signature == null) {
            Optional<String> code = CloverVerification.code(body);
            if (code.isPresent()) {
                log.info("Clover webhook verification code received; Settings, Webhooks shows it");
                cloverVerificationCodes.accept(code.get());
                return Reply.ok("verification code received");
            }
        }
        List<WebhookKey> keys = secrets.keys(platform);
        if (keys.isEmpty()) {
            return new Reply(404, platform.id() + " webhooks are not set up here");
        }
        String digest = sha256(body);
        if (signature == null) {
            rejections.record(platform, "missing-signature", remoteAddress, body.length, digest);
            tally.refused();
            return new Reply(401, "missing " + platform.scheme().header() + " header");
        }
        Optional<Sender> sender = Sender.among(platform, body, signature, keys);
        if (sender.isEmpty()) {
            rejections.record(platform, "bad-signature", remoteAddress, body.length, digest);
            tally.refused();
            return new Reply(401, "signature does not match");
        }
        WebhookDelivery delivery;
        try {
            delivery = platform.reader().read(body, headers);
        } catch (MalformedDeliveryException e) {
            log.warn("Authentic {} webhook could not be read: {}", platform.id(), e.getMessage());
            return new Reply(400, e.getMessage());
        }
        Instant now = clock.instant();
        Optional<List<InboxItem>> recorded = inbox.record(delivery, sender.get().connectionId(), digest, now);
        tally.received(now);
        if (recorded.isEmpty()) {
            log.debug("{} webhook {} was received before; ignored", platform.id(), delivery.deliveryId());
            return Reply.ok("duplicate, ignored");
        }
        dispatcher.submit(recorded.get());
        return Reply.ok("accepted");
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
