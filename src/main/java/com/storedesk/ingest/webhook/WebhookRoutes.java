package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.WebhookSecrets;
import java.util.Objects;

/** What the receiver checks deliveries against and who fetches them: rebuilt when connections change. */
public record WebhookRoutes(WebhookSecrets secrets, WebhookHandlers handlers) {

    public static final WebhookRoutes NONE = new WebhookRoutes(WebhookSecrets.none(), WebhookHandlers.none());

    public WebhookRoutes {
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(handlers, "handlers");
    }
}
