package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.AccessTokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lightspeed R-Series access tokens, renewed with the refresh-token grant: {@code POST
 * /auth/oauth/token} with the client id and secret, the refresh token and {@code
 * grant_type=refresh_token}. A token lasts an hour ({@code expires_in}); it is renewed a little before,
 * and at once when the API refuses it. A renewal that returns a new refresh token stores it before the
 * new access token is used, since the old refresh token stops working.
 */
public final class LightspeedTokens implements AccessTokens {

    /** Where R-Series tokens are issued; the API itself is at {@link LightspeedSettings#PRODUCTION}. */
    public static final String PRODUCTION_TOKEN_URL = "https://cloud.lightspeedapp.com/auth/oauth/token";
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    private static final Duration MARGIN = Duration.ofMinutes(2);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private static final Logger LOG = LoggerFactory.getLogger(LightspeedTokens.class);

    private final OkHttpClient client;
    private final String tokenUrl;
    private final GrantStore store;
    private final Clock clock;
    private final List<String> handedOut = new ArrayList<>();
    private String access;
    private Instant renewAt = Instant.MIN;

    public LightspeedTokens(OkHttpClient client, String tokenUrl, GrantStore store, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The token server for an API at {@code apiBaseUrl}: Lightspeed's own for its production API;
     * for any other address (a test server, a company proxy) the same host, at the same path.
     */
    public static String tokenUrlFor(String apiBaseUrl) {
        String base = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
        return base.equals(LightspeedSettings.PRODUCTION) ? PRODUCTION_TOKEN_URL : base + "/auth/oauth/token";
    }

    @Override
    public synchronized String current() throws ConnectorException {
        if (access == null || !clock.instant().isBefore(renewAt)) {
            renew();
        }
        return access;
    }

    @Override
    public synchronized Optional<String> renewAfterRefusal(String refused) throws ConnectorException {
        if (access != null && !access.equals(refused)) {
            return Optional.of(access); // another call renewed it meanwhile
        }
        renew();
        return Optional.of(access);
    }

    @Override
    public synchronized List<String> secrets() {
        return List.copyOf(handedOut);
    }

    private void renew() throws ConnectorException {
        LightspeedGrant grant = store.load();
        try {
            renewWith(grant);
        } catch (ConnectorException e) {
            LightspeedGrant latest = "pos.error.refreshRefused".equals(e.messageKey()) ? store.load() : grant;
            if (latest.refreshToken().equals(grant.refreshToken())) {
                throw e;
            }
            renewWith(latest); // another holder of the grant renewed it between our reading and our call
        }
    }

    private void renewWith(LightspeedGrant grant) throws ConnectorException {
        Request request = new Request.Builder().url(tokenUrl).header("Accept", "application/json")
                .post(new FormBody.Builder().add("client_id", grant.clientId())
                        .add("client_secret", grant.clientSecret()).add("refresh_token", grant.refreshToken())
                        .add("grant_type", "refresh_token").build())
                .build();
        JsonNode answer;
        try (Response response = client.newCall(request).execute()) {
            answer = answer(response);
        } catch (IOException e) {
            throw new ConnectorException("pos.error.unreachable",
                    "Lightspeed token: no answer (" + e.getClass().getSimpleName() + ")", null);
        }
        String token = answer.path("access_token").asText("");
        if (token.isBlank()) {
            throw new ConnectorException("pos.error.malformed", "Lightspeed token: the answer has no access_token", null);
        }
        String rotated = answer.path("refresh_token").asText("");
        if (!rotated.isBlank() && !rotated.equals(grant.refreshToken())) {
            store.save(grant.withRefreshToken(rotated));
        }
        long seconds = answer.path("expires_in").asLong(DEFAULT_LIFETIME.toSeconds());
        Duration lifetime = Duration.ofSeconds(seconds > 0 ? seconds : DEFAULT_LIFETIME.toSeconds());
        access = token;
        renewAt = clock.instant().plus(lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN)
                : lifetime.dividedBy(2));
        remember(token);
        LOG.info("Lightspeed access token renewed for client {}; valid for {} s", grant.clientId(), lifetime.toSeconds());
    }

    /** The token server's JSON answer; its refusals and failures as the connector's errors. */
    private static JsonNode answer(Response response) throws IOException, ConnectorException {
        ResponseBody body = response.body();
        String text = body == null ? "" : body.string();
        int code = response.code();
        if (code == 400 || code == 401 || code == 403) {
            // OAuth's error codes (invalid_grant, invalid_client) name the problem without any secret.
            throw new ConnectorException("pos.error.refreshRefused",
                    "Lightspeed token: HTTP " + code + " " + oauthError(text), null);
        }
        if (code == 429 || code >= 500 || code < 200 || code >= 300) {
            throw new ConnectorException("pos.error.unreachable", "Lightspeed token: HTTP " + code, null);
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ConnectorException("pos.error.malformed", "Lightspeed token: the answer is not a JSON object",
                        null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ConnectorException("pos.error.malformed", "Lightspeed token: the answer is not JSON", null);
        }
    }

    private static String oauthError(String text) {
        try {
            String error = MAPPER.readTree(text).path("error").asText("");
            return error.matches("[a-z_]{1,40}") ? error : "";
        } catch (JsonProcessingException | RuntimeException e) {
            return "";
        }
    }

    /** The last few tokens, so a message quoting an older one is scrubbed too. */
    private void remember(String token) {
        handedOut.add(token);
        if (handedOut.size() > 3) {
            handedOut.remove(0);
        }
    }
}
