package com.storedesk.app;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.webhook.DeliveryTally;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.pos.connection.WebhookReadiness;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.time.ZoneId;

/** The webhook receiver's state and a connection's readiness in the user's language, for Settings and the CLI. */
public final class WebhookTexts {

    private WebhookTexts() {
    }

    /** The platform's name, as the status bar names sources. */
    public static String platformName(WebhookPlatform platform, Messages messages) {
        return messages.get(switch (platform) {
            case SQUARE -> "source.square";
            case SHOPIFY -> "source.shopify";
            case CLOVER -> "source.clover";
            case LIGHTSPEED -> "source.lightspeed";
        });
    }

    public static String readinessKey(WebhookReadiness.State state) {
        return switch (state) {
            case READY -> "webhooks.ready.ready";
            case NO_SECRET -> "webhooks.ready.noSecret";
            case NO_NOTIFICATION_URL -> "webhooks.ready.noUrl";
        };
    }

    /** "Listening on 127.0.0.1:8787 — 3 deliveries received, last 10:42", "Stopped", or why it cannot listen. */
    public static String status(WebhookService.Status status, Messages messages, Formats formats, ZoneId zone) {
        return switch (status.state()) {
            case STOPPED -> messages.get("webhooks.state.stopped");
            case FAILED -> messages.get(problemKey(status.problem()), status.bindAddress(), Integer.toString(status.port()));
            case LISTENING -> listening(status, messages, formats, zone);
        };
    }

    private static String listening(WebhookService.Status status, Messages messages, Formats formats, ZoneId zone) {
        DeliveryTally.Counts counts = status.counts();
        String where = status.bindAddress() + ":" + status.port();
        String received = counts.lastReceived() == null ? messages.get("webhooks.state.listening.none", where)
                : messages.get("webhooks.state.listening", where, counts.received(),
                        formats.time(counts.lastReceived(), zone));
        return counts.refused() == 0 ? received
                : messages.get("webhooks.state.refused", received, counts.refused());
    }

    private static String problemKey(WebhookService.Problem problem) {
        return switch (problem == null ? WebhookService.Problem.OTHER : problem) {
            case PORT_IN_USE -> "webhooks.state.portInUse";
            case NO_PERMISSION -> "webhooks.state.noPermission";
            case UNKNOWN_ADDRESS -> "webhooks.state.unknownAddress";
            case OTHER -> "webhooks.state.cannotListen";
        };
    }
}
