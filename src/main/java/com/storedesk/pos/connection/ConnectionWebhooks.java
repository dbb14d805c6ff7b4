package com.storedesk.pos.connection;

import com.storedesk.ingest.webhook.WebhookHandlers;
import com.storedesk.ingest.webhook.WebhookRoutes;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookFetching;
import com.storedesk.pos.webhook.WebhookKey;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecret;
import com.storedesk.security.vault.Secret;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook receiver's view of the saved connections: each enabled connection's signature key from
 * this computer's vault (Square's with its notification URL), and the connector that fetches what its
 * deliveries name. Blocking (database, vault): call it off the FX thread.
 */
public final class ConnectionWebhooks {

    private static final Logger log = LoggerFactory.getLogger(ConnectionWebhooks.class);

    private final Supplier<List<PosConnection>> enabled;
    private final PosConnectors connectors;

    public ConnectionWebhooks(ConnectionService connections, PosConnectors connectors) {
        this(connections::enabled, connectors);
    }

    ConnectionWebhooks(Supplier<List<PosConnection>> enabled, PosConnectors connectors) {
        this.enabled = Objects.requireNonNull(enabled, "enabled");
        this.connectors = Objects.requireNonNull(connectors, "connectors");
    }

    /** The platform whose webhooks a connection's platform sends; empty for the demo chain. */
    public static Optional<WebhookPlatform> webhookPlatform(Platform platform) {
        return switch (platform) {
            case SQUARE -> Optional.of(WebhookPlatform.SQUARE);
            case SHOPIFY -> Optional.of(WebhookPlatform.SHOPIFY);
            case LIGHTSPEED -> Optional.of(WebhookPlatform.LIGHTSPEED);
            case CLOVER -> Optional.of(WebhookPlatform.CLOVER);
            case DEMO -> Optional.empty();
        };
    }

    /** Every enabled connection, and whether its deliveries can be verified here. */
    public List<WebhookReadiness> readiness() {
        List<WebhookReadiness> states = new ArrayList<>();
        for (PosConnection connection : enabled.get()) {
            if (webhookPlatform(connection.platform()).isPresent()) {
                states.add(new WebhookReadiness(connection, key(connection).state()));
            }
        }
        return states;
    }

    /**
     * The keys and handlers of the enabled connections now. A connection that cannot open (no access
     * token here) still has its deliveries verified and recorded; they wait for polling.
     */
    public WebhookRoutes routes() {
        List<PosConnection> connections = enabled.get();
        Map<WebhookPlatform, List<WebhookKey>> keys = new EnumMap<>(WebhookPlatform.class);
        for (PosConnection connection : connections) {
            Optional<WebhookPlatform> platform = webhookPlatform(connection.platform());
            Found found = key(connection);
            if (platform.isPresent() && found.key() != null) {
                keys.computeIfAbsent(platform.get(), p -> new ArrayList<>())
                        .add(new WebhookKey(found.key(), connection.id()));
            }
        }
        Map<Long, WebhookFetching> fetchers = connectors.webhookFetchers(connections, (connection, problem) ->
                log.info("Webhooks of {} are verified but not fetched: {}", connection.source(), problem.getMessage()));
        WebhookHandlers handlers = WebhookHandlers.none();
        for (Map.Entry<WebhookPlatform, WebhookEventHandler> platform : PosConnectors.byPlatform(fetchers).entrySet()) {
            handlers = handlers.with(platform.getKey(), platform.getValue());
        }
        for (Map.Entry<Long, WebhookEventHandler> connection : PosConnectors.byAccount(connections, fetchers).entrySet()) {
            handlers = handlers.withConnection(connection.getKey(), connection.getValue());
        }
        Map<WebhookPlatform, List<WebhookKey>> fixed = new EnumMap<>(WebhookPlatform.class);
        keys.forEach((platform, list) -> fixed.put(platform, List.copyOf(list)));
        return new WebhookRoutes(platform -> fixed.getOrDefault(platform, List.of()), handlers);
    }

    private record Found(WebhookSecret key, WebhookReadiness.State state) {
    }

    private Found key(PosConnection connection) {
        Optional<Secret> secret;
        try {
            secret = connectors.webhookSecret(connection);
        } catch (RuntimeException e) {
            // A damaged vault reads as "no key here"; the entry's name, never a value, goes to the log.
            log.warn("The webhook key of {} could not be read: {}", connection.source(), e.getMessage());
            secret = Optional.empty();
        }
        if (secret.isEmpty() || secret.get().reveal().isEmpty()) {
            return new Found(null, WebhookReadiness.State.NO_SECRET);
        }
        WebhookSecret key = WebhookSecret.of(secret.get().reveal());
        if (connection.platform() == Platform.SQUARE) {
            if (connection.notification().isEmpty()) {
                return new Found(null, WebhookReadiness.State.NO_NOTIFICATION_URL);
            }
            key = key.at(connection.notification().get());
        }
        return new Found(key, WebhookReadiness.State.READY);
    }
}
