package com.storedesk.pos.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionsDatabase;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.audit.AuditQuery;
import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.StockCounted;
import com.storedesk.data.Database;
import com.storedesk.data.PosConnectionRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.VaultKind;
import com.storedesk.testing.MemoryVault;
import com.storedesk.testing.SquareReplay;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving, testing and guarding POS connections, against Square's documented answers on a MockWebServer. */
class ConnectionServiceTest {

    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final UserSession MANAGER = new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(1L), "sam");
    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private SquareReplay square;
    private Database db;
    private MemoryVault vault;
    private ConnectionService service;

    @BeforeEach
    void open() throws IOException {
        square = new SquareReplay();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db = openDatabase();
        vault = new MemoryVault(VaultKind.OS_KEYCHAIN);
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
        service = new ConnectionService(new PosConnectionRepository(db), vault, new SyncStateRepository(db, clock),
                new DatabaseAuditTrail(db, clock), client, new Pacing(clock, wait -> { }, () -> 0.5));
    }

    Database openDatabase() {
        return ActionsDatabase.open();
    }

    @AfterEach
    void close() throws IOException {
        if (db != null) {
            db.close(); // null when the PostgreSQL variant is skipped for want of a server
        }
        square.close();
    }

    @Test
    void aSavedConnectionKeepsItsTokenInTheVaultOnlyAndIsAuditedWithoutIt() {
        PosConnection saved = service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));

        assertThat(saved.credentialRef()).startsWith("pos/").endsWith("/access-token");
        assertThat(vault.get(saved.credentialRef())).map(Secret::reveal).contains(SquareReplay.TOKEN);
        assertThat(service.overview(ADMIN)).singleElement().satisfies(o -> {
            assertThat(o.credentialStored()).isTrue();
            assertThat(o.webhookSecretStored()).isFalse();
            assertThat(o.connection().source()).isEqualTo("square:" + SquareReplay.LOCATION);
        });
        List<AuditEntry> entries = new AuditQuery(db).newest(
                new AuditFilter(null, null, Set.of(AuditAction.POS_CONNECTION_CHANGED), null, null), 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.details()).containsEntry("change", "added").containsEntry("replaced", "access token");
            assertThat(entry.details().toString()).doesNotContain(SquareReplay.TOKEN);
        });
        assertThat(draft(null, square.baseUrl(), SquareReplay.TOKEN).toString()).doesNotContain(SquareReplay.TOKEN);
    }

    @Test
    void eachLocationOfAShopifyShopIsAConnectionOfItsOwnButNotTwice() {
        PosConnection louisville = service.save(ADMIN, shopify("655441491"));
        PosConnection lexington = service.save(ADMIN, shopify("gid://shopify/Location/655441492"));

        assertThat(louisville.source()).isEqualTo(lexington.source()).isEqualTo("shopify:jsmith");
        assertThat(List.of(louisville.syncScope(), lexington.syncScope())).containsExactly("655441491", "655441492");
        assertThat(service.all()).hasSize(2);
        assertThatThrownBy(() -> service.save(ADMIN, shopify("gid://shopify/Location/655441491")))
                .as("the same location, written as a GID").isInstanceOfSatisfying(InvalidConnectionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("connections.error.duplicate"));
        assertThat(service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN)).syncScope())
                .as("a Square location is its own source").isEqualTo("*");
    }

    private static ConnectionDraft shopify(String location) {
        return new ConnectionDraft(null, Platform.SHOPIFY, Environment.CUSTOM, "http://127.0.0.1:9", "jsmith", location,
                true, Secret.of("shpat_token"), null, "");
    }

    @Test
    void savingAgainWithoutATokenKeepsTheStoredOne() {
        PosConnection saved = service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));
        PosConnection changed = service.save(ADMIN, draft(saved.id(), square.baseUrl(), null));
        assertThat(changed.credentialRef()).isEqualTo(saved.credentialRef());
        assertThat(vault.get(saved.credentialRef())).isPresent();
    }

    @Test
    void aStoreManagerCannotSeeSaveTestOrRemoveConnections() {
        PosConnection saved = service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));
        assertThatThrownBy(() -> service.save(MANAGER, draft(null, square.baseUrl(), "other-token")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview(MANAGER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.test(MANAGER, draft(saved.id(), square.baseUrl(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove(MANAGER, saved.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.all()).hasSize(1);
        assertThat(square.requestCount()).as("nothing was sent for the refused test").isZero();
    }

    @Test
    void removingForgetsTheSecretsToo() {
        PosConnection saved = service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));
        service.remove(ADMIN, saved.id());
        assertThat(service.all()).isEmpty();
        assertThat(vault.all()).isEmpty();
    }

    @Test
    void aTokenIsNeverSentInTheClearToAnotherComputerAndAnAccountIsRequired() {
        assertThatThrownBy(() -> service.save(ADMIN, draft(null, "http://pos.example.com", SquareReplay.TOKEN)))
                .isInstanceOf(InvalidConnectionException.class)
                .extracting(e -> ((InvalidConnectionException) e).messageKey()).isEqualTo("connections.error.insecureUrl");
        assertThatThrownBy(() -> service.save(ADMIN, new ConnectionDraft(null, Platform.SQUARE, Environment.PRODUCTION,
                "", " ", true, null, null)))
                .extracting(e -> ((InvalidConnectionException) e).messageKey()).isEqualTo("connections.error.accountMissing");
        assertThat(vault.all()).isEmpty();
    }

    @Test
    void aGoodConnectionReachesTheServerHasItsTokenAcceptedAndFindsItsLocation() {
        ConnectionCheck check = service.test(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));
        assertThat(check.passed()).isTrue();
        assertThat(check.steps()).extracting(ConnectionCheck.Step::messageKey).containsExactly(
                "connections.check.server.passed", "connections.check.token.passed", "connections.check.location.passed");
        assertThat(check.steps().get(2).args()).containsExactly(SquareReplay.LOCATION, "Grant Park");
    }

    @Test
    void theStoredTokenIsUsedWhenNoneIsTyped() {
        PosConnection saved = service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));
        assertThat(service.test(ADMIN, draft(saved.id(), square.baseUrl(), null)).passed()).isTrue();
    }

    @Test
    void aRefusedTokenSaysTheServerWasReachedAndTheLocationNotTried() {
        ConnectionCheck check = service.test(ADMIN, draft(null, square.baseUrl(), "EAAAl-wrong-token"));
        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome, ConnectionCheck.Step::messageKey)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(ConnectionCheck.Outcome.PASSED, "connections.check.server.passed"),
                        org.assertj.core.api.Assertions.tuple(ConnectionCheck.Outcome.FAILED, "connections.check.token.failed"),
                        org.assertj.core.api.Assertions.tuple(ConnectionCheck.Outcome.NOT_TRIED, "connections.check.location.notTried"));
    }

    @Test
    void anUnknownLocationSaysTheTokenWasAccepted() {
        ConnectionCheck check = service.test(ADMIN, new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM,
                square.baseUrl(), "NO-SUCH-LOCATION", true, Secret.of(SquareReplay.TOKEN), null));
        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome).containsExactly(
                ConnectionCheck.Outcome.PASSED, ConnectionCheck.Outcome.PASSED, ConnectionCheck.Outcome.FAILED);
        assertThat(check.steps().get(2).messageKey()).isEqualTo("connections.check.location.failed");
    }

    @Test
    void anUnreachableServerIsNamedAndNothingElseIsTried() throws IOException {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        ConnectionCheck check = service.test(ADMIN, draft(null, dead, SquareReplay.TOKEN));
        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome).containsExactly(
                ConnectionCheck.Outcome.FAILED, ConnectionCheck.Outcome.NOT_TRIED, ConnectionCheck.Outcome.NOT_TRIED);
        assertThat(check.steps().get(0).args()).containsExactly(dead);
    }

    @Test
    void aShopifyConnectionKeepsItsLocationAndItsShopByItsMyshopifyName() {
        PosConnection saved = service.save(ADMIN, new ConnectionDraft(null, Platform.SHOPIFY, Environment.PRODUCTION,
                "", " JSmith.myshopify.com", " 655441491 ", true, Secret.of("shpat_x"), null));

        assertThat(saved.accountId()).isEqualTo("jsmith");
        assertThat(saved.source()).isEqualTo("shopify:jsmith");
        assertThat(saved.baseUrl()).isEqualTo("https://jsmith.myshopify.com");
        assertThat(service.all()).singleElement().extracting(PosConnection::locationId).isEqualTo("655441491");
        List<AuditEntry> entries = new AuditQuery(db).newest(
                new AuditFilter(null, null, Set.of(AuditAction.POS_CONNECTION_CHANGED), null, null), 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.details())
                .containsEntry("account", "jsmith").containsEntry("location", "655441491"));

        PosConnection moved = service.save(ADMIN, new ConnectionDraft(saved.id(), Platform.SHOPIFY,
                Environment.PRODUCTION, "", "jsmith", "gid://shopify/Location/905684977", true, null, null));
        assertThat(moved.location()).contains("gid://shopify/Location/905684977");
    }

    @Test
    void aShopifyConnectionWithoutAUsableLocationIsRefusedAndOthersKeepNone() {
        for (String location : List.of("", "Louisville", "gid://shopify/Product/1")) {
            assertThatThrownBy(() -> service.save(ADMIN, new ConnectionDraft(null, Platform.SHOPIFY,
                    Environment.PRODUCTION, "", "jsmith", location, true, null, null)))
                    .as(location).isInstanceOf(InvalidConnectionException.class)
                    .extracting(e -> ((InvalidConnectionException) e).messageKey())
                    .isEqualTo("connections.error.locationMissing");
        }
        PosConnection located = service.save(ADMIN, new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM,
                square.baseUrl(), SquareReplay.LOCATION, "655441491", true, null, null));
        assertThat(located.locationId()).isNull();
        assertThat(located.location()).isEmpty();
    }

    @Test
    void anAccountNotWrittenAsItsPlatformWritesItIsRefusedBeforeAnythingIsSent() {
        for (ConnectionDraft draft : List.of(
                new ConnectionDraft(null, Platform.LIGHTSPEED, Environment.CUSTOM, square.baseUrl(), "shop-1", true,
                        Secret.of("t"), null),
                new ConnectionDraft(null, Platform.CLOVER, Environment.CUSTOM, square.baseUrl(), "7R56-PZ0Z", true,
                        Secret.of("t"), null),
                new ConnectionDraft(null, Platform.SHOPIFY, Environment.CUSTOM, square.baseUrl(), "j smith", "1", true,
                        Secret.of("t"), null))) {
            assertThatThrownBy(() -> service.save(ADMIN, draft)).as(draft.platform().name())
                    .extracting(e -> ((InvalidConnectionException) e).messageKey())
                    .isEqualTo("connections.error.accountFormat");
            assertThatThrownBy(() -> service.test(ADMIN, draft)).as(draft.platform().name())
                    .extracting(e -> ((InvalidConnectionException) e).messageKey())
                    .isEqualTo("connections.error.accountFormat");
        }
        assertThat(service.all()).isEmpty();
        assertThat(square.requestCount()).isZero();
    }

    @Test
    void everyConnectablePlatformHasAConnectorAndOnlyShopifyALocation() {
        assertThat(Platform.connectable()).allSatisfy(platform -> assertThat(platform.hasConnector()).isTrue());
        assertThat(Platform.DEMO.hasConnector()).isFalse();
        assertThat(Platform.connectable()).filteredOn(Platform::hasLocation).containsExactly(Platform.SHOPIFY);
    }

    @Test
    void theWebhookReceiverAsksEachSquareConnectionThatCanOpenHereAndNamesTheOthers() throws Exception {
        service.save(ADMIN, draft(null, square.baseUrl(), SquareReplay.TOKEN));
        PosConnection tokenless = service.save(ADMIN, new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM,
                square.baseUrl(), "OTHERLOCATION", true, null, null));
        Map<PosConnection, String> skipped = new HashMap<>();
        PosConnectors connectors = new PosConnectors(vault, new OkHttpClient(),
                new Pacing(Clock.fixed(NOW, ZoneOffset.UTC), wait -> { }, () -> 0.5), CommandLedger.inMemory());

        Map<WebhookPlatform, WebhookEventHandler> handlers = connectors.webhookHandlers(service.enabled(),
                (connection, problem) -> skipped.put(connection, problem.messageKey()));

        assertThat(handlers).containsOnlyKeys(WebhookPlatform.SQUARE);
        assertThat(skipped).containsExactly(Map.entry(tokenless, "connections.error.noCredential"));
        List<RetailEvent> events = handlers.get(WebhookPlatform.SQUARE)
                .fetch(new NamedObject("M1", "inventory.count.updated", "inventory_counts", "any"));
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                StockCounted.class, count -> assertThat(count.storeExternalId()).isEqualTo(SquareReplay.LOCATION)));
    }

    private static ConnectionDraft draft(Long id, String baseUrl, String token) {
        return new ConnectionDraft(id, Platform.SQUARE, Environment.CUSTOM, baseUrl, SquareReplay.LOCATION, true,
                token == null ? null : Secret.of(token), null);
    }
}
