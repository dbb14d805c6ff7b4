package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which connector handles each platform's deliveries. A platform without one keeps its rows UNHANDLED. */
public final class WebhookHandlers {

    private final Map<WebhookPlatform, WebhookEventHandler> handlers;

    private WebhookHandlers(Map<WebhookPlatform, WebhookEventHandler> handlers) {
        this.handlers = handlers;
    }

    public static WebhookHandlers none() {
        return new WebhookHandlers(new EnumMap<>(WebhookPlatform.class));
    }

    /** These handlers and {@code handler} for {@code platform} (replacing one it had). */
    public WebhookHandlers with(WebhookPlatform platform, WebhookEventHandler handler) {
        Map<WebhookPlatform, WebhookEventHandler> more = new EnumMap<>(WebhookPlatform.class);
        more.putAll(handlers);
        more.put(platform, handler);
        return new WebhookHandlers(more);
    }

    public Optional<WebhookEventHandler> find(WebhookPlatform platform) {
        return Optional.ofNullable(handlers.get(platform));
    }
}
