package com.storedesk.pos.lightspeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lightspeed access tokens renewed with the refresh-token grant: before they expire, after a refusal, rotated. */
class LightspeedTokensTest {

    private static final String TOKEN_PATH = "/auth/oauth/token";
    private static final String ACCOUNT = LightspeedServer.API + ".json";
    private static final LightspeedGrant GRANT = new LightspeedGrant("client-17", "client-secret-4242",
            "refresh-one-abcdef");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final OkHttpClient client = new OkHttpClient();
    private final Store store = new Store(GRANT);
    private LightspeedServer lightspeed;

    @BeforeEach
    void start() throws Exception {
        lightspeed = new LightspeedServer();
    }

    @AfterEach
    void stop() throws Exception {
        lightspeed.close();
    }

    @Test
    void theFirstCallFetchesATokenWithTheGrantAndKeepsTheRotatedRefreshToken() throws Exception {
        lightspeed.interject(TOKEN_PATH, null, issued("access-A", "refresh-two-ghijkl", 3600));

        connector().pullHistory(null);

        RecordedRequest tokenCall = lightspeed.requests(TOKEN_PATH).get(0);
        assertThat(tokenCall.getMethod()).isEqualTo("POST");
        assertThat(tokenCall.getBody().readUtf8()).contains("client_id=client-17", "client_secret=client-secret-4242",
                "refresh_token=refresh-one-abcdef", "grant_type=refresh_token");
        assertThat(lightspeed.requests(ACCOUNT).get(0).getHeader("Authorization")).isEqualTo("Bearer access-A");
        assertThat(store.saved).containsExactly(GRANT.withRefreshToken("refresh-two-ghijkl"));
        assertThat(lightspeed.requests(TOKEN_PATH)).hasSize(1);
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpiresNotOnEveryCall() throws Exception {
        lightspeed.interject(TOKEN_PATH, null, issued("access-A", null, 3600), issued("access-B", null, 3600));
        LightspeedConnector connector = connector();
        connector.pullHistory(null);
        int tokenCalls = lightspeed.requests(TOKEN_PATH).size();

        clock.advance(Duration.ofMinutes(50));
        connector.pullHistory(null);
        assertThat(lightspeed.requests(TOKEN_PATH)).hasSize(tokenCalls);

        clock.advance(Duration.ofMinutes(9));
        connector.pullHistory(null);
        assertThat(lightspeed.requests(TOKEN_PATH)).hasSize(tokenCalls + 1);
        List<RecordedRequest> calls = lightspeed.requests();
        assertThat(calls.get(calls.size() - 1).getHeader("Authorization")).isEqualTo("Bearer access-B");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aRefusedTokenIsRenewedAndTheCallTriedOnceMore() throws Exception {
        lightspeed.interject(TOKEN_PATH, null, issued("access-A", null, 3600), issued("access-B", null, 3600));
        lightspeed.interject(ACCOUNT, null, unauthorized());

        connector().pullHistory(null);

        List<RecordedRequest> accountCalls = lightspeed.requests(ACCOUNT);
        assertThat(accountCalls).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer access-A", "Bearer access-B");
    }

    @Test
    void aTokenRefusedAgainAfterRenewalIsReportedNotLoopedOn() throws Exception {
        lightspeed.interject(TOKEN_PATH, null, issued("access-A", null, 3600), issued("access-B", null, 3600),
                issued("access-C", null, 3600));
        lightspeed.interject(ACCOUNT, null, unauthorized(), unauthorized(), unauthorized());

        assertThatThrownBy(() -> connector().pullHistory(null)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pos.error.unauthorized"));
        assertThat(lightspeed.requests(ACCOUNT)).hasSize(2);
        assertThat(lightspeed.requests(TOKEN_PATH)).hasSize(2);
    }

    @Test
    void aRevokedRefreshTokenSaysSoWithoutQuotingAnySecret() throws Exception {
        lightspeed.interject(TOKEN_PATH, null, new MockResponse().setResponseCode(400)
                .setHeader("Content-Type", "application/json")
                .setBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh-one-abcdef is revoked\"}"));

        assertThatThrownBy(() -> connector().pullHistory(null)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("pos.error.refreshRefused");
            assertThat(e.getMessage()).contains("invalid_grant").doesNotContain("refresh-one", "client-secret");
        });
        assertThat(lightspeed.requests(ACCOUNT)).isEmpty();
    }

    @Test
    void aRefreshTokenAnotherHolderRenewedMeanwhileIsUsedInsteadOfFailing() throws Exception {
        LightspeedGrant renewedElsewhere = GRANT.withRefreshToken("refresh-elsewhere-mnop");
        lightspeed.interject(TOKEN_PATH, null, new MockResponse().setResponseCode(400)
                .setBody("{\"error\":\"invalid_grant\"}"), issued("access-A", null, 3600));
        store.afterFirstLoad = renewedElsewhere;

        connector().pullHistory(null);

        List<RecordedRequest> tokenCalls = lightspeed.requests(TOKEN_PATH);
        assertThat(tokenCalls).hasSize(2);
        assertThat(tokenCalls.get(1).getBody().readUtf8()).contains("refresh_token=refresh-elsewhere-mnop");
        assertThat(lightspeed.requests(ACCOUNT).get(0).getHeader("Authorization")).isEqualTo("Bearer access-A");
    }

    @Test
    void aTokenServerThatIsDownIsReportedAsUnreachable() throws Exception {
        lightspeed.interject(TOKEN_PATH, null, new MockResponse().setResponseCode(503));

        assertThatThrownBy(() -> connector().pullHistory(null)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pos.error.unreachable"));
    }

    @Test
    void theProductionApiTakesItsTokensFromLightspeedsTokenServer() {
        assertThat(LightspeedTokens.tokenUrlFor(LightspeedSettings.PRODUCTION))
                .isEqualTo("https://cloud.lightspeedapp.com/auth/oauth/token");
        assertThat(LightspeedTokens.tokenUrlFor("http://127.0.0.1:9000/")).isEqualTo("http://127.0.0.1:9000/auth/oauth/token");
    }

    @Test
    void aGrantSurvivesTheVaultAndAPastedTokenIsNotMistakenForOne() {
        assertThat(LightspeedGrant.parse(GRANT.stored())).contains(GRANT);
        assertThat(LightspeedGrant.parse("plain-access-token")).isEmpty();
        assertThat(LightspeedGrant.parse("{\"grant\":\"something-else\"}")).isEmpty();
        assertThat(GRANT.toString()).doesNotContain("client-secret", "refresh-one");
    }

    private LightspeedConnector connector() {
        String url = lightspeed.server.url("/").toString();
        String base = url.substring(0, url.length() - 1);
        LightspeedTokens tokens = new LightspeedTokens(client, LightspeedTokens.tokenUrlFor(base), store, clock);
        return new LightspeedConnector(new LightspeedSettings(base, tokens, LightspeedServer.ACCOUNT), client,
                RetryPolicy.defaults(), CircuitBreaker.defaults(clock), new Pacing(clock, wait -> { }, () -> 0.5));
    }

    private static MockResponse issued(String access, String refresh, long seconds) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"access_token\":\"" + access
                + "\",\"expires_in\":" + seconds + ",\"token_type\":\"bearer\",\"scope\":\"employee:all\""
                + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}");
    }

    private static MockResponse unauthorized() {
        return new MockResponse().setResponseCode(401)
                .setBody("{\"httpCode\":\"401\",\"httpMessage\":\"Unauthorized\",\"message\":\"Invalid access token.\"}");
    }

    /** A vault entry in memory, which another holder may change between two reads. */
    private static final class Store implements GrantStore {

        final List<LightspeedGrant> saved = new ArrayList<>();
        LightspeedGrant current;
        LightspeedGrant afterFirstLoad;

        Store(LightspeedGrant grant) {
            current = grant;
        }

        @Override
        public synchronized LightspeedGrant load() {
            LightspeedGrant loaded = current;
            if (afterFirstLoad != null) {
                current = afterFirstLoad;
                afterFirstLoad = null;
            }
            return loaded;
        }

        @Override
        public synchronized void save(LightspeedGrant renewed) {
            saved.add(renewed);
            current = renewed;
        }
    }
}
