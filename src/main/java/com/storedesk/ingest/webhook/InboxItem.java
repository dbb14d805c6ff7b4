package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the inbox: an object a platform said changed, waiting for (or past) its handler.
 *
 * @param connectionId the saved connection whose secret authenticated the delivery; null when none alone did
 */
public record InboxItem(long id, WebhookPlatform platform, NamedObject object, Long connectionId) {

    public InboxItem {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(object, "object");
    }

    /** A row that names no connection: every connection of its platform is asked. */
    public InboxItem(long id, WebhookPlatform platform, NamedObject object) {
        this(id, platform, object, null);
    }

    public Optional<Long> connection() {
        return Optional.ofNullable(connectionId);
    }
}
