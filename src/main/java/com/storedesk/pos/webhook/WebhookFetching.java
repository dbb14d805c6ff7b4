package com.storedesk.pos.webhook;

/**
 * A connector that can fetch, through its own connection, what its platform's webhooks name. The
 * receiver asks every such connector of a delivery's platform; each keeps to its own account and
 * location, so a merchant's several stores each take their own.
 */
public interface WebhookFetching {

    /** Whose deliveries this connector fetches. */
    WebhookPlatform webhookPlatform();

    /** Fetches what a verified delivery names, through this connection. */
    WebhookEventHandler webhookHandler();
}
