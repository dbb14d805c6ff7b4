package com.storedesk.pos.webhook;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the receiver finds each platform's secret. For now the environment; the credential vault
 * (issue 6, Settings) will implement this too, so the receiver does not change when it comes.
 */
@FunctionalInterface
public interface WebhookSecrets {

    /** The secret for {@code platform}, or empty when its webhooks are not set up (its path answers 404). */
    Optional<WebhookSecret> secret(WebhookPlatform platform);

    /** {@code STOREDESK_WEBHOOK_SECRET_SQUARE}, ..._SHOPIFY, ..._CLOVER, ..._LIGHTSPEED. */
    static String secretVariable(WebhookPlatform platform) {
        return "STOREDESK_WEBHOOK_SECRET_" + platform.name().toUpperCase(Locale.ROOT);
    }

    /** {@code STOREDESK_WEBHOOK_URL_SQUARE}: the notification URL of the Square subscription. */
    static String urlVariable(WebhookPlatform platform) {
        return "STOREDESK_WEBHOOK_URL_" + platform.name().toUpperCase(Locale.ROOT);
    }

    /**
     * Secrets from environment variables. A platform that needs a URL (Square) and has a secret but no
     * URL ({@code squareUrl} nor its variable) is refused outright rather than failing every delivery.
     *
     * @param squareUrl the Square notification URL given as an option, or null to read the variable
     */
    static WebhookSecrets fromEnvironment(Function<String, String> environment, String squareUrl) {
        return platform -> {
            String secret = environment.apply(secretVariable(platform));
            if (secret == null || secret.isEmpty()) {
                return Optional.empty();
            }
            WebhookSecret found = WebhookSecret.of(secret);
            if (platform != WebhookPlatform.SQUARE) {
                return Optional.of(found);
            }
            String url = squareUrl != null ? squareUrl : environment.apply(urlVariable(platform));
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("Square webhooks need the notification URL: set "
                        + urlVariable(platform) + " or --square-url");
            }
            return Optional.of(found.at(url));
        };
    }
}
