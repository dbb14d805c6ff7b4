package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.WebhookKey;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who signed a delivery, found by checking its signature against every key of the platform. Every key
 * is checked, also after a match, each in constant time, so the answer's timing tells nothing about
 * which key (or how many) matched.
 *
 * @param connectionId the one connection whose secret matched (also when the environment's is the same);
 *     null when only the environment's matched, or when several connections share the secret (then
 *     each connection of the platform is asked and keeps to its own account)
 */
record Sender(Long connectionId) {

    static Optional<Sender> among(WebhookPlatform platform, byte[] body, String signature, List<WebhookKey> keys) {
        boolean matched = false;
        Set<Long> connections = new TreeSet<>();
        for (WebhookKey key : keys) {
            if (platform.scheme().verify(body, signature, key.secret())) {
                matched = true;
                key.connection().ifPresent(connections::add);
            }
        }
        if (!matched) {
            return Optional.empty();
        }
        return Optional.of(new Sender(connections.size() == 1 ? connections.iterator().next() : null));
    }
}
