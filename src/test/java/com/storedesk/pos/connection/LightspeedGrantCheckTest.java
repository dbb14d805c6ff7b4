package com.storedesk.pos.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionsDatabase;
import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.data.Database;
import com.storedesk.data.PosConnectionRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.VaultKind;
import com.storedesk.testing.MemoryVault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Test connection" for a Lightspeed account reached through a refresh-token grant. Lightspeed's refresh
 * tokens are single-use, so the one a test renews must not be lost: kept in the vault for a saved
 * connection, handed back to the form for a typed one.
 */
class LightspeedGrantCheckTest {

    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final LightspeedGrant GRANT = new LightspeedGrant("client-17", "client-secret-4242",
            "refresh-one-abcdef");

    private final Deque<MockResponse> tokenAnswers = new ArrayDeque<>();
    private MockWebServer server;
    private Database db;
    private MemoryVault vault;
    private ConnectionService service;

    @BeforeEach
    void open() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db = ActionsDatabase.open();
        vault = new MemoryVault(VaultKind.OS_KEYCHAIN);
        service = new ConnectionService(new PosConnectionRepository(db), vault, new SyncStateRepository(db, clock),
                new DatabaseAuditTrail(db, clock), new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build(),
                new Pacing(clock, wait -> { }, () -> 0.5));
    }

    @AfterEach
    void close() throws IOException {
        db.close();
        server.shutdown();
    }

    @Test
    void aTypedGrantThatTheTestRenewedComesBackSoSavingKeepsTheWorkingRefreshToken() {
        tokenAnswers.add(issued("refresh-two-ghijkl"));

        ConnectionCheck check = service.test(ADMIN, draft(null, Secret.of(GRANT.stored())));

        assertThat(check.passed()).isTrue();
        assertThat(check.steps().get(2).args()).containsExactly("83050", "Main");
        assertThat(check.renewedCredential()).map(secret -> LightspeedGrant.parse(secret.reveal()).orElseThrow())
                .contains(GRANT.withRefreshToken("refresh-two-ghijkl"));
    }

    @Test
    void aSavedConnectionsGrantRenewedByATestIsKeptInTheVault() {
        PosConnection saved = service.save(ADMIN, draft(null, Secret.of(GRANT.stored())));
        tokenAnswers.add(issued("refresh-two-ghijkl"));

        ConnectionCheck check = service.test(ADMIN, draft(saved.id(), null));

        assertThat(check.passed()).isTrue();
        assertThat(check.renewedCredential()).isEmpty();
        assertThat(LightspeedGrant.parse(vault.get(saved.credentialRef()).orElseThrow().reveal()))
                .contains(GRANT.withRefreshToken("refresh-two-ghijkl"));
    }

    @Test
    void aRevokedRefreshTokenIsATokenRefusedAfterTheServerWasReached() {
        tokenAnswers.add(new MockResponse().setResponseCode(400).setBody("{\"error\":\"invalid_grant\"}"));

        ConnectionCheck check = service.test(ADMIN, draft(null, Secret.of(GRANT.stored())));

        assertThat(check.steps()).extracting(ConnectionCheck.Step::messageKey).containsExactly(
                "connections.check.server.passed", "connections.check.token.failed", "connections.check.account.notTried");
        assertThat(check.renewedCredential()).isEmpty();
    }

    private ConnectionDraft draft(Long id, Secret credential) {
        String url = server.url("/").toString();
        return new ConnectionDraft(id, Platform.LIGHTSPEED, Environment.CUSTOM, url.substring(0, url.length() - 1),
                "83050", true, credential, null);
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        if (path.equals("/auth/oauth/token")) {
            MockResponse next = tokenAnswers.poll();
            return next != null ? next : new MockResponse().setResponseCode(400).setBody("{\"error\":\"invalid_grant\"}");
        }
        if (path.equals("/API/V3/Account/83050.json") && "Bearer access-A".equals(request.getHeader("Authorization"))) {
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(resource());
        }
        return new MockResponse().setResponseCode(401).setBody("{\"httpCode\":\"401\"}");
    }

    private static MockResponse issued(String refresh) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"access_token\":\"access-A\",\"expires_in\":3600,\"token_type\":\"bearer\",\"refresh_token\":\""
                        + refresh + "\"}");
    }

    private static String resource() {
        try (InputStream in = LightspeedGrantCheckTest.class.getResourceAsStream("/pos/lightspeed/account.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
