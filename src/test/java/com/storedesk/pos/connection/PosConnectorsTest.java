package com.storedesk.pos.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionsDatabase;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.data.Database;
import com.storedesk.ingest.webhook.InboxItem;
import com.storedesk.ingest.webhook.InboxStatus;
import com.storedesk.ingest.webhook.WebhookDispatcher;
import com.storedesk.ingest.webhook.WebhookHandlers;
import com.storedesk.ingest.webhook.WebhookInbox;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.clover.CloverConnector;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.lightspeed.LightspeedConnector;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.pos.shopify.ShopifyConnector;
import com.storedesk.pos.square.SquareConnector;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookDelivery;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.VaultKind;
import com.storedesk.testing.MemoryVault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A saved connection of each platform opens the platform's connector with the token from this
 * computer's vault, and pulls its first page (the store) from a MockWebServer answering the
 * platform's documented payloads; the webhook receiver gets a handler for each platform it can fetch.
 */
class PosConnectorsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");
    private static final String TOKEN = "vault-secret-token-0123456789";

    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Map<String, String> answers = new HashMap<>();
    private MockWebServer server;
    private MemoryVault vault;
    private PosConnectors connectors;

    /** Each platform's connection and the first page it pulls. */
    enum Saved {
        SQUARE(Platform.SQUARE, "L1", null, SquareConnector.class, "GET /v2/locations/L1", "/pos/square/location.json"),
        SHOPIFY(Platform.SHOPIFY, "jsmith", "655441491", ShopifyConnector.class,
                "POST /admin/api/2026-01/graphql.json", "/pos/shopify/location.json"),
        LIGHTSPEED(Platform.LIGHTSPEED, "83050", null, LightspeedConnector.class,
                "GET /API/V3/Account/83050/Shop.json", "/pos/lightspeed/shops.json"),
        CLOVER(Platform.CLOVER, "7R56PZ0Z0EAB1", null, CloverConnector.class, "GET /v3/merchants/7R56PZ0Z0EAB1",
                "/pos/clover/merchant.json");

        final Platform platform;
        final String account;
        final String location;
        final Class<?> connector;
        final String firstPage;
        final String answer;

        Saved(Platform platform, String account, String location, Class<?> connector, String firstPage,
                String answer) {
            this.platform = platform;
            this.account = account;
            this.location = location;
            this.connector = connector;
            this.firstPage = firstPage;
            this.answer = answer;
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
        vault = new MemoryVault(VaultKind.OS_KEYCHAIN);
        connectors = new PosConnectors(vault, new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build(),
                new Pacing(Clock.fixed(NOW, ZoneOffset.UTC), wait -> { }, () -> 0.5), CommandLedger.inMemory());
        answers.put("GET /API/V3/Account/83050.json", resource("/pos/lightspeed/account.json"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @ParameterizedTest
    @EnumSource(Saved.class)
    void aSavedConnectionOpensItsPlatformsConnectorWithTheVaultsTokenAndPullsItsStore(Saved saved)
            throws Exception {
        answers.put(saved.firstPage, resource(saved.answer));
        PosConnection connection = connection(saved, "pos/1/access-token");
        vault.put("pos/1/access-token", Secret.of(TOKEN));

        OpenConnector open = connectors.open(connection);

        assertThat(open.connector()).isInstanceOf(saved.connector);
        assertThat(open.connector().source()).isEqualTo(connection.source())
                .isEqualTo(saved.platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + saved.account);
        HistoryPage page = open.connector().pullHistory(null);
        assertThat(page.events()).first().isInstanceOfSatisfying(StoreUpserted.class,
                store -> assertThat(store.source()).isEqualTo(connection.source()));
        assertThat(requests).isNotEmpty().allSatisfy(request -> assertThat(
                TOKEN.equals(request.getHeader("X-Shopify-Access-Token"))
                        || ("Bearer " + TOKEN).equals(request.getHeader("Authorization")))
                .as("the vault's token on %s", request.getPath()).isTrue());
        assertThat(requests).extracting(r -> r.getMethod() + " " + r.getRequestUrl().encodedPath())
                .contains(saved.firstPage);
        assertThat(open.status().get().reachable()).isTrue();
    }

    @Test
    void aShopifyConnectionsLocationIsTheStoreItPulls() throws Exception {
        answers.put(Saved.SHOPIFY.firstPage, resource(Saved.SHOPIFY.answer));
        vault.put("pos/1/access-token", Secret.of(TOKEN));

        HistoryPage page = connectors.open(connection(Saved.SHOPIFY, "pos/1/access-token")).connector()
                .pullHistory(null);

        assertThat(page.events()).first().isInstanceOfSatisfying(StoreUpserted.class, store -> {
            assertThat(store.externalId()).isEqualTo("gid://shopify/Location/655441491");
            assertThat(store.name()).isEqualTo("Louisville Store");
        });
        assertThat(requests).singleElement().satisfies(request -> assertThat(
                request.getBody().readString(StandardCharsets.UTF_8)).contains("gid://shopify/Location/655441491"));
    }

    @Test
    void aConnectionThatCannotOpenSaysWhyWithoutTheToken() {
        vault.put("pos/1/access-token", Secret.of(TOKEN));
        assertThatThrownBy(() -> connectors.open(connection(Saved.CLOVER, "pos/2/access-token")))
                .isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("connections.error.noCredential");
        PosConnection noLocation = new PosConnection(1, Platform.SHOPIFY, Environment.CUSTOM, baseUrl(), "jsmith",
                null, "pos/1/access-token", null, true, NOW, "admin");
        assertThatThrownBy(() -> connectors.open(noLocation))
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("connections.error.locationMissing");
        PosConnection badAccount = new PosConnection(1, Platform.LIGHTSPEED, Environment.CUSTOM, baseUrl(), "HQ",
                null, "pos/1/access-token", null, true, NOW, "admin");
        assertThatThrownBy(() -> connectors.open(badAccount))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN))
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("connections.error.accountFormat");
        assertThat(requests).isEmpty();
    }

    @Test
    void lightspeedConnectorsOfOneGrantShareTheRenewedTokenAndTheVaultKeepsTheNewRefreshToken() throws Exception {
        LightspeedGrant grant = new LightspeedGrant("client-17", "client-secret-4242", "refresh-one-abcdef");
        vault.put("pos/1/access-token", Secret.of(grant.stored()));
        answers.put(Saved.LIGHTSPEED.firstPage, resource(Saved.LIGHTSPEED.answer));
        answers.put("POST /auth/oauth/token", "{\"access_token\":\"access-A\",\"expires_in\":3600,"
                + "\"token_type\":\"bearer\",\"refresh_token\":\"refresh-two-ghijkl\"}");
        PosConnection connection = connection(Saved.LIGHTSPEED, "pos/1/access-token");

        connectors.open(connection).connector().pullHistory(null);
        connectors.open(connection).connector().pullHistory(null);

        assertThat(requests).filteredOn(r -> r.getRequestUrl().encodedPath().equals("/auth/oauth/token")).hasSize(1);
        assertThat(requests).filteredOn(r -> r.getRequestUrl().encodedPath().startsWith("/API/"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer access-A"));
        assertThat(LightspeedGrant.parse(vault.get("pos/1/access-token").orElseThrow().reveal()))
                .contains(grant.withRefreshToken("refresh-two-ghijkl"));
    }

    @Test
    void theWebhookReceiverGetsAHandlerForEveryPlatformItCanFetchButLightspeed() {
        List<PosConnection> saved = new ArrayList<>();
        for (Saved each : Saved.values()) {
            String ref = "pos/" + each.ordinal() + "/access-token";
            vault.put(ref, Secret.of(TOKEN));
            saved.add(connection(each, ref));
        }
        List<PosConnection> skipped = new ArrayList<>();

        Map<WebhookPlatform, WebhookEventHandler> handlers = connectors.webhookHandlers(saved,
                (connection, problem) -> skipped.add(connection));

        assertThat(handlers).containsOnlyKeys(WebhookPlatform.SQUARE, WebhookPlatform.SHOPIFY, WebhookPlatform.CLOVER);
        assertThat(skipped).isEmpty();
        assertThat(requests).as("nothing is fetched before a delivery names something").isEmpty();
    }

    @Test
    void aLightspeedDeliveryIsLeftToPollingOnceInsteadOfFailingFiveTimes() throws Exception {
        vault.put("pos/1/access-token", Secret.of(TOKEN));
        WebhookHandlers handlers = WebhookHandlers.none();
        for (Map.Entry<WebhookPlatform, WebhookEventHandler> handler : connectors.webhookHandlers(
                List.of(connection(Saved.LIGHTSPEED, "pos/1/access-token"), connection(Saved.CLOVER,
                        "pos/1/access-token")), (connection, problem) -> { }).entrySet()) {
            handlers = handlers.with(handler.getKey(), handler.getValue());
        }
        assertThat(handlers.find(WebhookPlatform.LIGHTSPEED)).isEmpty();
        try (Database database = ActionsDatabase.open()) {
            WebhookInbox inbox = new WebhookInbox(database);
            List<List<RetailEvent>> ingested = new ArrayList<>();
            Optional<List<InboxItem>> recorded = inbox.record(new WebhookDelivery(WebhookPlatform.LIGHTSPEED,
                    "sha256:1", List.of(new NamedObject("storedesk", "sale.update", "sale", "0af7b240-ab24"))),
                    "sha256:1", NOW);
            try (WebhookDispatcher dispatcher = new WebhookDispatcher(inbox, handlers, ingested::add,
                    Clock.fixed(NOW, ZoneOffset.UTC))) {
                dispatcher.submit(recorded.orElseThrow());
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (inbox.count(InboxStatus.UNHANDLED) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertThat(inbox.count(InboxStatus.UNHANDLED)).isEqualTo(1);
            assertThat(inbox.count(InboxStatus.FAILED)).isZero();
            assertThat(inbox.pending(Integer.MAX_VALUE)).as("never handed over again").isEmpty();
            assertThat(ingested).isEmpty();
        }
        assertThat(requests).isEmpty();
    }

    private PosConnection connection(Saved saved, String credentialRef) {
        return new PosConnection(saved.ordinal() + 1L, saved.platform, Environment.CUSTOM, baseUrl(), saved.account,
                saved.location, credentialRef, null, true, NOW, "admin");
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        requests.add(request);
        String answer = answers.get(request.getMethod() + " " + request.getRequestUrl().encodedPath());
        return answer == null ? new MockResponse().setResponseCode(404).setBody("{}")
                : new MockResponse().setHeader("Content-Type", "application/json").setBody(answer);
    }

    private String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static String resource(String path) {
        try (InputStream in = PosConnectorsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
