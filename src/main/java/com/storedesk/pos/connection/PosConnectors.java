package com.storedesk.pos.connection;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.square.SquareConnector;
import com.storedesk.pos.square.SquareSettings;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import okhttp3.OkHttpClient;

/** Builds the connector a saved connection describes, its access token taken from this computer's vault. */
public final class PosConnectors {

    private final SecretVault vault;
    private final OkHttpClient client;
    private final Pacing pacing;

    public PosConnectors(SecretVault vault, OkHttpClient client, Pacing pacing) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.client = Objects.requireNonNull(client, "client");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
    }

    /**
     * @throws ConnectorException {@code connections.error.noConnector} for a platform without a
     *     connector in this build, {@code connections.error.noCredential} when this computer has no
     *     access token for it
     */
    public OpenConnector open(PosConnection connection) throws ConnectorException {
        if (!connection.platform().hasConnector()) {
            throw new ConnectorException("connections.error.noConnector",
                    connection.source() + ": no connector for " + connection.platform() + " in this build", null);
        }
        Secret token = credential(connection);
        SquareConnector square = SquareConnector.connect(
                new SquareSettings(connection.baseUrl(), token.reveal(), connection.accountId()),
                SquareConnector.client(client), pacing);
        return new OpenConnector(connection, square, square::connectionStatus);
    }

    /**
     * For the webhook receiver: per platform, a handler that asks each enabled connection of that
     * platform to fetch what a delivery names (each keeps to its own location, so a merchant's
     * several stores each take their own). A connection that cannot open here is left out, and said
     * to {@code skipped}.
     */
    public Map<WebhookPlatform, WebhookEventHandler> webhookHandlers(List<PosConnection> connections,
            BiConsumer<PosConnection, ConnectorException> skipped) {
        List<WebhookEventHandler> square = new ArrayList<>();
        for (PosConnection connection : connections) {
            if (connection.enabled() && connection.platform() == Platform.SQUARE) {
                try {
                    square.add(((SquareConnector) open(connection).connector()).webhookHandler());
                } catch (ConnectorException e) {
                    skipped.accept(connection, e);
                }
            }
        }
        return square.isEmpty() ? Map.of() : Map.of(WebhookPlatform.SQUARE, named -> {
            List<RetailEvent> events = new ArrayList<>();
            for (WebhookEventHandler handler : square) {
                events.addAll(handler.fetch(named));
            }
            return events;
        });
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
