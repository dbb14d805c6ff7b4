package com.storedesk.pos.webhook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the receiver finds the secrets a platform's deliveries may be signed with: each saved
 * connection's (from the credential vault) and the environment's. A delivery is checked against each.
 */
@FunctionalInterface
public interface WebhookSecrets {

    /** The keys for {@code platform}; empty when its webhooks are not set up (its path answers 404). */
    List<WebhookKey> keys(WebhookPlatform platform);

    static WebhookSecrets none() {
        return platform -> List.of();
    }

    /** These keys, then {@code more}'s. */
    default WebhookSecrets and(WebhookSecrets more) {
        return platform -> {
            List<WebhookKey> keys = new ArrayList<>(keys(platform));
            keys.addAll(more.keys(platform));
            return List.copyOf(keys);
        };
    }

    /** {@code STOREDESK_WEBHOOK_SECRET_SQUARE}, ..._SHOPIFY, ..._CLOVER, ..._LIGHTSPEED. */
    static String secretVariable(WebhookPlatform platform) {
        return "STOREDESK_WEBHOOK_SECRET_" + platform.name().toUpperCase(Locale.ROOT);
    }

    /** {@code STOREDESK_WEBHOOK_URL_SQUARE}: the notification URL of the Square subscription. */
    static String urlVariable(WebhookPlatform platform) {
        return "STOREDESK_WEBHOOK_URL_" + platform.name().toUpperCase(Locale.ROOT);
    }

    /**
     * Secrets from environment variables, naming no connection. A platform that needs a URL (Square)
     * and has a secret but no URL ({@code squareUrl} nor its variable) is refused outright rather than
     * failing every delivery: {@link IllegalStateException} on asking for its keys.
     *
     * @param squareUrl the Square notification URL given as an option, or null to read the variable
     */
    static WebhookSecrets fromEnvironment(Function<String, String> environment, String squareUrl) {
        return platform -> {
            String secret = environment.apply(secretVariable(platform));
            if (secret == null || secret.isEmpty()) {
                return List.of();
            }
            WebhookSecret found = WebhookSecret.of(secret);
            if (platform != WebhookPlatform.SQUARE) {
                return List.of(WebhookKey.unnamed(found));
            }
            String url = squareUrl != null ? squareUrl : environment.apply(urlVariable(platform));
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("Square webhooks need the notification URL: set "
                        + urlVariable(platform) + " or --square-url");
            }
            return List.of(WebhookKey.unnamed(found.at(url)));
        };
    }

    /** {@code source}'s keys as they are now, asked once per platform. */
    static WebhookSecrets snapshot(WebhookSecrets source) {
        Map<WebhookPlatform, List<WebhookKey>> keys = new EnumMap<>(WebhookPlatform.class);
        for (WebhookPlatform platform : WebhookPlatform.values()) {
            keys.put(platform, List.copyOf(source.keys(platform)));
        }
        return platform -> keys.get(platform);
    }
}
