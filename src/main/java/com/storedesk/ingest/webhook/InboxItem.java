package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.util.Objects;

/** One row of the inbox: an object a platform said changed, waiting for (or past) its handler. */
public record InboxItem(long id, WebhookPlatform platform, NamedObject object) {

    public InboxItem {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(object, "object");
    }
}
