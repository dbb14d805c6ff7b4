package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who fetches each inbox row: the connection whose secret authenticated the delivery (with the other
 * locations of its account), or for a row that names none, the platform's handler (which asks every
 * connection of that platform). A platform
 * without one, or a row whose connection is gone or cannot open, stays UNHANDLED: polling brings it.
 */
public final class WebhookHandlers {

    private final Map<WebhookPlatform, WebhookEventHandler> byPlatform;
    private final Map<Long, WebhookEventHandler> byConnection;

    private WebhookHandlers(Map<WebhookPlatform, WebhookEventHandler> byPlatform,
            Map<Long, WebhookEventHandler> byConnection) {
        this.byPlatform = byPlatform;
        this.byConnection = byConnection;
    }

    public static WebhookHandlers none() {
        return new WebhookHandlers(new EnumMap<>(WebhookPlatform.class), Map.of());
    }

    /** These handlers and {@code handler} for {@code platform} (replacing one it had). */
    public WebhookHandlers with(WebhookPlatform platform, WebhookEventHandler handler) {
        Map<WebhookPlatform, WebhookEventHandler> more = new EnumMap<>(WebhookPlatform.class);
        more.putAll(byPlatform);
        more.put(platform, handler);
        return new WebhookHandlers(more, byConnection);
    }

    /** These handlers and {@code handler} for the deliveries of connection {@code connectionId}. */
    public WebhookHandlers withConnection(long connectionId, WebhookEventHandler handler) {
        Map<Long, WebhookEventHandler> more = new HashMap<>(byConnection);
        more.put(connectionId, handler);
        return new WebhookHandlers(byPlatform, Map.copyOf(more));
    }

    public Optional<WebhookEventHandler> find(WebhookPlatform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    /** The row's connection's handler when it names one, else its platform's. */
    public Optional<WebhookEventHandler> find(InboxItem item) {
        return item.connection().isPresent() ? Optional.ofNullable(byConnection.get(item.connectionId()))
                : find(item.platform());
    }
}
