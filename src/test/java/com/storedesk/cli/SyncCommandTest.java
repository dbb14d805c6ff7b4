package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.AppHome;
import com.storedesk.config.SettingsFile;
import com.storedesk.i18n.Messages;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.shopify.ShopifyServer;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.testing.SquareReplay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk sync} against Square's (and Clover's) documented answers replayed by a MockWebServer. */
class SyncCommandTest {

    private static final String LEXINGTON = "gid://shopify/Location/655441492";
    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");

    @TempDir
    Path temp;

    private String database;
    private SquareReplay square;
    private final Messages messages = new Messages(new SettingsFile(AppHome.resolve()).load().language());

    @BeforeEach
    void start() throws IOException {
        database = temp.resolve("sync/storedesk").toString();
        square = new SquareReplay();
    }

    @AfterEach
    void stop() throws IOException {
        square.close();
    }

    @Test
    void onePassFetchesTheLocationsHistoryAndSaysWhatItFetched() {
        connect(square.baseUrl(), SquareReplay.TOKEN);

        CliRun run = CliRun.of("sync", "--store", SquareReplay.LOCATION, "--db", database);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("square:" + SquareReplay.LOCATION).contains("SaleRecorded")
                .contains("StoreUpserted").contains("ProductUpserted").contains("CustomerUpserted")
                .doesNotContain(SquareReplay.TOKEN);
        try (AppContext context = DatabaseOption.open(database)) {
            assertThat(context.stores().listStores()).extracting(s -> s.code()).containsExactly(SquareReplay.LOCATION);
            assertThat(context.databaseInspector().info().rows("sale")).isPositive();
            assertThat(context.syncState().find("square:" + SquareReplay.LOCATION, "history"))
                    .hasValueSatisfying(state -> assertThat(state.getItemsFetched()).isPositive());
        }

        CliRun again = CliRun.of("sync", "--store", SquareReplay.LOCATION, "--db", database);
        assertThat(again.exitCode()).as("the next pass resumes from the saved cursor: " + again.err()).isZero();
    }

    @Test
    void anUnreachablePosIsOneClearLineAndExitOne() throws IOException {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        connect(dead, SquareReplay.TOKEN);

        CliRun run = CliRun.of("sync", "--store", SquareReplay.LOCATION, "--db", database);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(messages.get("pos.error.unreachable")).doesNotContain(SquareReplay.TOKEN);
        assertThat(run.out()).doesNotContain(SquareReplay.TOKEN);
    }

    @Test
    void aRefusedTokenIsNamedWithoutShowingIt() {
        connect(square.baseUrl(), "EAAAl-revoked-token-000");

        CliRun run = CliRun.of("sync", "--store", SquareReplay.LOCATION, "--db", database);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(messages.get("pos.error.unauthorized")).doesNotContain("revoked-token");
    }

    @Test
    void aStoreWithoutAConnectionIsAMisconfigurationNotACrash() {
        CliRun run = CliRun.of("sync", "--store", "NOPE", "--db", database);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(messages.get("cli.sync.notConfigured", "NOPE"));
    }

    @Test
    void aCloverMerchantIsPulledThroughItsOwnConnector() throws IOException {
        String merchant = "7R56PZ0Z0EAB1";
        try (MockWebServer clover = new MockWebServer()) {
            clover.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    boolean merchantItself = request.getRequestUrl().encodedPath().equals("/v3/merchants/" + merchant);
                    return new MockResponse().setHeader("Content-Type", "application/json").setBody(merchantItself
                            ? resource("/pos/clover/merchant.json") : "{\"elements\": []}");
                }
            });
            clover.start();
            try (AppContext context = DatabaseOption.open(database)) {
                context.connections().save(ADMIN, new ConnectionDraft(null, Platform.CLOVER, Environment.CUSTOM,
                        clover.url("/").toString(), merchant, true, Secret.of("clover-token"), null));
            }

            CliRun run = CliRun.of("sync", "--store", merchant, "--db", database);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("clover:" + merchant).contains("StoreUpserted").doesNotContain("clover-token");
            assertThat(clover.takeRequest().getHeader("Authorization")).isEqualTo("Bearer clover-token");
            try (AppContext context = DatabaseOption.open(database)) {
                assertThat(context.stores().listStores()).extracting(s -> s.name()).containsExactly("Corner Market");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aShopifyLocationIsPulledThroughItsOwnConnectionWhetherNamedByLocationOrByStore() throws IOException {
        try (ShopifyServer shopify = new ShopifyServer()) {
            shopify.pageAt(LEXINGTON, "StoreLocation", "location-lexington.json");
            shopify.pageAt(LEXINGTON, "InventoryLevels", "inventory-levels-lexington.json");
            try (AppContext context = DatabaseOption.open(database)) {
                for (String location : new String[] {"655441491", "655441492"}) {
                    context.connections().save(ADMIN, new ConnectionDraft(null, Platform.SHOPIFY, Environment.CUSTOM,
                            shopify.baseUrl(), ShopifyServer.SHOP, location, true, Secret.of(ShopifyServer.TOKEN), null));
                }
            }

            CliRun byLocation = CliRun.of("sync", "--store", "655441492", "--db", database);

            assertThat(byLocation.exitCode()).as(byLocation.err()).isZero();
            assertThat(lastOrdersQuery(shopify)).contains("location_id:655441492");
            assertThat(storeNames()).containsExactly("Lexington Store");

            CliRun louisville = CliRun.of("sync", "--store", "655441491", "--db", database);
            assertThat(louisville.exitCode()).as(louisville.err()).isZero();
            assertThat(lastOrdersQuery(shopify)).contains("location_id:655441491");
            long lexingtonId;
            try (AppContext context = DatabaseOption.open(database)) {
                lexingtonId = context.stores().listStores().stream().filter(s -> s.code().equals("655441492"))
                        .findFirst().orElseThrow().id();
            }

            CliRun byStoreId = CliRun.of("sync", "--store", String.valueOf(lexingtonId), "--db", database);

            assertThat(byStoreId.exitCode()).as(byStoreId.err()).isZero();
            assertThat(lastOrdersQuery(shopify)).as("the store's own location, not the shop's first")
                    .contains("location_id:655441492");
            assertThat(storeNames()).containsExactlyInAnyOrder("Lexington Store", "Louisville Store");
            assertThat(byStoreId.out() + byStoreId.err()).doesNotContain(ShopifyServer.TOKEN);
        }
    }

    private static String lastOrdersQuery(ShopifyServer shopify) {
        List<RecordedRequest> orders = shopify.requests("Orders");
        assertThat(orders).isNotEmpty();
        return ShopifyServer.body(orders.get(orders.size() - 1)).path("variables").path("query").asText();
    }

    private List<String> storeNames() {
        try (AppContext context = DatabaseOption.open(database)) {
            return context.stores().listStores().stream().map(s -> s.name()).toList();
        }
    }

    private static String resource(String path) {
        try (InputStream in = SyncCommandTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void connect(String baseUrl, String token) {
        try (AppContext context = DatabaseOption.open(database)) {
            context.connections().save(ADMIN, new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM, baseUrl,
                    SquareReplay.LOCATION, true, Secret.of(token), null));
        }
    }
}
