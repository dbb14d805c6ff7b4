package com.storedesk.pos.connection;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.clover.CloverConnector;
import com.storedesk.pos.clover.CloverSettings;
import com.storedesk.pos.http.AccessTokens;
import com.storedesk.pos.http.ConnectionStatus;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.lightspeed.LightspeedConnector;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.pos.lightspeed.LightspeedSettings;
import com.storedesk.pos.lightspeed.LightspeedTokens;
import com.storedesk.pos.shopify.ShopifyConnector;
import com.storedesk.pos.shopify.ShopifySettings;
import com.storedesk.pos.square.SquareConnector;
import com.storedesk.pos.square.SquareSettings;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookFetching;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/** Builds the connector a saved connection describes, its access token taken from this computer's vault. */
public final class PosConnectors {

    private final SecretVault vault;
    private final OkHttpClient client;
    private final Pacing pacing;
    private final CommandLedger ledger;
    private final Map<String, LightspeedTokens> renewingTokens = new ConcurrentHashMap<>();

    /**
     * @param ledger where connectors of platforms that take no idempotency key (Lightspeed, Clover)
     *     keep the keys they applied, so a resend after a restart is not applied twice
     */
    public PosConnectors(SecretVault vault, OkHttpClient client, Pacing pacing, CommandLedger ledger) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.client = Objects.requireNonNull(client, "client");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * @throws ConnectorException {@code connections.error.noConnector} for a platform without a
     *     connector in this build, {@code connections.error.noCredential} when this computer has no
     *     access token for it, {@code connections.error.locationMissing} for a Shopify connection saved
     *     without its location, {@code connections.error.accountFormat} for an account its platform
     *     would not recognise
     */
    public OpenConnector open(PosConnection connection) throws ConnectorException {
        if (!connection.platform().hasConnector()) {
            throw new ConnectorException("connections.error.noConnector",
                    connection.source() + ": no connector for " + connection.platform() + " in this build", null);
        }
        if (connection.platform().hasLocation() && connection.location().isEmpty()) {
            throw new ConnectorException("connections.error.locationMissing",
                    connection.source() + ": no location is configured", null);
        }
        String token = credential(connection).reveal();
        try {
            return switch (connection.platform()) {
                case SQUARE -> square(connection, token);
                case SHOPIFY -> shopify(connection, token);
                case LIGHTSPEED -> lightspeed(connection, token);
                case CLOVER -> clover(connection, token);
                case DEMO -> throw new IllegalStateException("The demo chain is not a saved connection");
            };
        } catch (IllegalArgumentException e) {
            // The settings name the field, never the token.
            throw new ConnectorException("connections.error.accountFormat", connection.source() + ": "
                    + e.getMessage(), null);
        }
    }

    private OpenConnector square(PosConnection connection, String token) {
        SquareConnector square = SquareConnector.connect(
                new SquareSettings(connection.baseUrl(), token, connection.accountId()),
                SquareConnector.client(client), pacing);
        return opened(connection, square, square::connectionStatus);
    }

    private OpenConnector shopify(PosConnection connection, String token) {
        ShopifyConnector shopify = ShopifyConnector.connect(new ShopifySettings(connection.baseUrl(),
                connection.accountId(), token, connection.locationId()), ShopifyConnector.client(client), pacing);
        return opened(connection, shopify, shopify::connectionStatus);
    }

    private OpenConnector lightspeed(PosConnection connection, String token) {
        AccessTokens tokens = LightspeedGrant.parse(token).isPresent() ? renewing(connection) : AccessTokens.fixed(token);
        LightspeedConnector lightspeed = LightspeedConnector.connect(
                new LightspeedSettings(connection.baseUrl(), tokens, connection.accountId()),
                LightspeedConnector.client(client), pacing, ledger);
        return opened(connection, lightspeed, lightspeed::connectionStatus);
    }

    private OpenConnector clover(PosConnection connection, String token) {
        CloverConnector clover = CloverConnector.connect(
                new CloverSettings(connection.baseUrl(), token, connection.accountId()),
                CloverConnector.client(client), pacing, ledger);
        return opened(connection, clover, clover::connectionStatus);
    }

    /**
     * One renewing token source per stored grant, shared by every connector opened on it: two sources
     * renewing with the same single-use refresh token would end each other's.
     */
    private AccessTokens renewing(PosConnection connection) {
        String ref = connection.credentialRef();
        return renewingTokens.computeIfAbsent(ref, name -> new LightspeedTokens(LightspeedConnector.client(client),
                LightspeedTokens.tokenUrlFor(connection.baseUrl()), new VaultGrant(vault, name), pacing.clock()));
    }

    private static OpenConnector opened(PosConnection connection, PosConnector connector,
            Supplier<ConnectionStatus> status) {
        return new OpenConnector(connection, connector, status);
    }

    /**
     * For the webhook receiver: per platform, a handler that asks each enabled connection of that
     * platform to fetch what a delivery names (each keeps to its own account and location, so a
     * merchant's several stores each take their own). A connection that cannot open here is left out,
     * and said to {@code skipped}.
     *
     * <p>Lightspeed gets no handler: its webhooks come from X-Series (Vend's API 2.0, with its own
     * domain prefix, ids and objects), and none of them names an R-Series account, sale or item that
     * the R-Series connector could ask API V3 for. The dispatcher records such a delivery as UNHANDLED,
     * once and without retries, and the next pass brings its change.
     */
    public Map<WebhookPlatform, WebhookEventHandler> webhookHandlers(List<PosConnection> connections,
            BiConsumer<PosConnection, ConnectorException> skipped) {
        return byPlatform(webhookFetchers(connections, skipped));
    }

    /**
     * Each enabled connection's own fetcher, by connection id: a delivery signed with that connection's
     * secret is fetched through it. A connection that cannot open here is left out and said to {@code skipped}.
     */
    public Map<Long, WebhookFetching> webhookFetchers(List<PosConnection> connections,
            BiConsumer<PosConnection, ConnectorException> skipped) {
        Map<Long, WebhookFetching> fetchers = new LinkedHashMap<>();
        for (PosConnection connection : connections) {
            if (!connection.enabled()) {
                continue;
            }
            try {
                if (open(connection).connector() instanceof WebhookFetching fetching) {
                    fetchers.put(connection.id(), fetching);
                }
            } catch (ConnectorException e) {
                skipped.accept(connection, e);
            }
        }
        return fetchers;
    }

    /** Per platform, a handler asking each of {@code fetchers} of that platform in turn. */
    public static Map<WebhookPlatform, WebhookEventHandler> byPlatform(Map<Long, WebhookFetching> fetchers) {
        Map<WebhookPlatform, List<WebhookEventHandler>> byPlatform = new EnumMap<>(WebhookPlatform.class);
        for (WebhookFetching fetching : fetchers.values()) {
            byPlatform.computeIfAbsent(fetching.webhookPlatform(), platform -> new ArrayList<>())
                    .add(fetching.webhookHandler());
        }
        Map<WebhookPlatform, WebhookEventHandler> handlers = new EnumMap<>(WebhookPlatform.class);
        byPlatform.forEach((platform, each) -> handlers.put(platform, everyOf(each)));
        return handlers;
    }

    /**
     * Per connection, a handler asking that connection and then every other one of the same account
     * (its source). The locations of one Shopify shop share the shop's client secret, so a delivery
     * signed with it names whichever location holds the key here; each location's connector takes only
     * its own location's orders and stock, so asking them all routes an order to where it was rung up.
     */
    public static Map<Long, WebhookEventHandler> byAccount(List<PosConnection> connections,
            Map<Long, WebhookFetching> fetchers) {
        Map<Long, WebhookEventHandler> handlers = new LinkedHashMap<>();
        for (PosConnection sender : connections) {
            WebhookFetching own = fetchers.get(sender.id());
            if (own == null) {
                continue;
            }
            List<WebhookEventHandler> account = new ArrayList<>(List.of(own.webhookHandler()));
            for (PosConnection other : connections) {
                WebhookFetching sibling = fetchers.get(other.id());
                if (sibling != null && other.id() != sender.id() && other.platform() == sender.platform()
                        && other.source().equals(sender.source())) {
                    account.add(sibling.webhookHandler());
                }
            }
            handlers.put(sender.id(), account.size() == 1 ? account.get(0) : everyOf(account));
        }
        return handlers;
    }

    /** Asks each connection in turn; a failure of one fails the delivery, which is tried again later. */
    private static WebhookEventHandler everyOf(List<WebhookEventHandler> handlers) {
        return named -> {
            List<RetailEvent> events = new ArrayList<>();
            for (WebhookEventHandler handler : handlers) {
                events.addAll(handler.fetch(named));
            }
            return events;
        };
    }

    /** The webhook signature key of {@code connection} on this computer; empty when none is stored here. */
    Optional<Secret> webhookSecret(PosConnection connection) {
        return connection.webhookSecret().flatMap(vault::get);
    }

    /** The access token of {@code connection} on this computer. */
    Secret credential(PosConnection connection) throws ConnectorException {
        try {
            return connection.credential().flatMap(vault::get).orElseThrow(() -> new ConnectorException(
                    "connections.error.noCredential", connection.source() + ": no access token on this computer",
                    null));
        } catch (VaultException e) {
            throw new ConnectorException(e.messageKey(), connection.source() + ": " + e.getMessage(), null);
        }
    }
}
