package com.storedesk.pos.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.http.Pacing;
import com.storedesk.security.vault.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.assertj.core.groups.Tuple;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Test connection" for Square, Shopify, Lightspeed and Clover against a MockWebServer answering as each
 * documents (the payloads of src/test/resources/pos/), and as each fails: a refused token, an unknown
 * account, a server that is not the platform, no server, a rate limit. Every probe is one request.
 */
class PlatformProbesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "probe-secret-token-0123456789";
    private static final String SHOPIFY_LOCATION = "655441491";

    private MockWebServer server;
    private ConnectionProbe probe;

    /** The platforms this test covers, with the account each is tested with and its documented answer. */
    enum Tested {
        SQUARE(Platform.SQUARE, "18YC4JDH91E1H", "/pos/square/location.json", "Grant Park",
                "connections.check.location"),
        SHOPIFY(Platform.SHOPIFY, "jsmith", "/pos/shopify/location.json", "John Smith Test Store",
                "connections.check.shop"),
        LIGHTSPEED(Platform.LIGHTSPEED, "83050", "/pos/lightspeed/account.json", "Main",
                "connections.check.account"),
        CLOVER(Platform.CLOVER, "7R56PZ0Z0EAB1", "/pos/clover/merchant.json", "Corner Market",
                "connections.check.merchant");

        final Platform platform;
        final String account;
        final String answer;
        final String name;
        final String accountKeys;

        Tested(Platform platform, String account, String answer, String name, String accountKeys) {
            this.platform = platform;
            this.account = account;
            this.answer = answer;
            this.name = name;
            this.accountKeys = accountKeys;
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);
        probe = new ConnectionProbe(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build(),
                new Pacing(clock, wait -> { }, () -> 0.5));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void aGoodConnectionReachesTheServerHasItsTokenAcceptedAndFindsTheAccountByName(Tested tested)
            throws Exception {
        server.enqueue(json(200, resource(tested.answer)));

        ConnectionCheck check = check(tested);

        assertThat(check.passed()).isTrue();
        List<String> keys = new ArrayList<>(List.of("connections.check.server.passed", "connections.check.token.passed",
                tested.accountKeys + ".passed"));
        if (tested == Tested.SHOPIFY) {
            keys.add("connections.check.location.passed");
        }
        assertThat(check.steps()).extracting(ConnectionCheck.Step::messageKey).containsExactlyElementsOf(keys);
        assertThat(check.steps().get(0).args()).containsExactly(baseUrl());
        assertThat(check.steps().get(2).args()).containsExactly(tested.account, tested.name);
        if (tested == Tested.SHOPIFY) {
            assertThat(check.steps().get(3).args()).containsExactly(SHOPIFY_LOCATION, "Louisville Store");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertRequestAsDocumented(tested, server.takeRequest());
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void aRefusedTokenSaysTheServerWasReachedAndNothingFurtherWasTried(Tested tested) {
        server.enqueue(json(401, "{\"message\": \"Unauthorized\"}"));

        assertThat(check(tested).steps()).extracting(ConnectionCheck.Step::outcome, ConnectionCheck.Step::messageKey)
                .containsExactlyElementsOf(withLocation(tested, locationNotTried(),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.server.passed"),
                        tuple(ConnectionCheck.Outcome.FAILED, "connections.check.token.failed"),
                        tuple(ConnectionCheck.Outcome.NOT_TRIED, tested.accountKeys + ".notTried")));
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void anUnknownAccountSaysTheTokenWasAcceptedAndNamesTheAccount(Tested tested) {
        // Lightspeed and Clover answer JSON; Shopify answers a web page for a shop it does not know.
        server.enqueue(tested == Tested.SHOPIFY
                ? new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/html")
                        .setBody("<!DOCTYPE html><html><body>There is no store here</body></html>")
                : json(404, "{\"message\": \"Not Found\"}"));

        ConnectionCheck check = check(tested);

        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome, ConnectionCheck.Step::messageKey)
                .containsExactlyElementsOf(withLocation(tested, locationNotTried(),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.server.passed"),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.token.passed"),
                        tuple(ConnectionCheck.Outcome.FAILED, tested.accountKeys + ".failed")));
        assertThat(check.steps().get(2).args()).containsExactly(tested.account);
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void aServerThatIsNotThePlatformIsNamedWithThePlatformItIsNot(Tested tested) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                .setBody("<html><body>Welcome to our intranet</body></html>"));

        ConnectionCheck check = check(tested);

        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome, ConnectionCheck.Step::messageKey)
                .containsExactlyElementsOf(withLocation(tested, locationNotTried(),
                        tuple(ConnectionCheck.Outcome.FAILED, "connections.check.server.notPlatform"),
                        tuple(ConnectionCheck.Outcome.NOT_TRIED, "connections.check.token.notTried"),
                        tuple(ConnectionCheck.Outcome.NOT_TRIED, tested.accountKeys + ".notTried")));
        assertThat(check.steps().get(0).args()).containsExactly(baseUrl(), tested.platform.brand());
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void aJsonAnswerOfAnotherShapeIsNotThePlatformEither(Tested tested) {
        server.enqueue(json(200, "{\"status\": \"ok\"}"));

        assertThat(check(tested).steps().get(0).messageKey()).isEqualTo("connections.check.server.notPlatform");
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void anUnreachableServerIsNamedAndTriedOnce(Tested tested) throws IOException {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        ConnectionCheck check = probe.check(draft(tested, dead), Secret.of(TOKEN));

        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome).containsExactlyElementsOf(
                withLocation(tested, ConnectionCheck.Outcome.NOT_TRIED, ConnectionCheck.Outcome.FAILED,
                        ConnectionCheck.Outcome.NOT_TRIED, ConnectionCheck.Outcome.NOT_TRIED));
        assertThat(check.steps().get(0).args()).containsExactly(dead);
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void aServerErrorIsNotRetriedWhileSomeoneWaits(Tested tested) {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, resource(tested.answer)));

        assertThat(check(tested).steps().get(0).messageKey()).isEqualTo("connections.check.server.failed");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Tested.class)
    void aRateLimitSaysTheTokenWasNotRefusedAndTheAccountNotLookedUpYet(Tested tested) {
        server.enqueue(json(429, "{}").setHeader("Retry-After", "1"));
        server.enqueue(json(200, resource(tested.answer)));

        ConnectionCheck check = check(tested);

        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome, ConnectionCheck.Step::messageKey)
                .containsExactlyElementsOf(withLocation(tested, locationNotTried(),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.server.passed"),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.token.passed"),
                        tuple(ConnectionCheck.Outcome.NOT_TRIED, tested.accountKeys + ".rateLimited")));
        assertThat(server.getRequestCount()).as("tried once, not after the wait").isEqualTo(1);
    }

    @Test
    void aShopifyLocationTheShopDoesNotHaveIsNamedAfterTheShopWasFound() throws IOException {
        JsonNode answer = JSON.readTree(resource("/pos/shopify/location.json"));
        ((ObjectNode) answer.path("data")).putNull("location");
        server.enqueue(json(200, answer.toString()));

        ConnectionCheck check = check(Tested.SHOPIFY);

        assertThat(check.steps()).extracting(ConnectionCheck.Step::outcome, ConnectionCheck.Step::messageKey)
                .containsExactly(tuple(ConnectionCheck.Outcome.PASSED, "connections.check.server.passed"),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.token.passed"),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.shop.passed"),
                        tuple(ConnectionCheck.Outcome.FAILED, "connections.check.location.failed"));
        assertThat(check.steps().get(3).args()).containsExactly(SHOPIFY_LOCATION);
    }

    @Test
    void aShopifyTestNamesTheShopsOtherLocationsAndWhenTheLocationIsWrongAllOfThem() throws Exception {
        ObjectNode found = (ObjectNode) JSON.readTree(resource("/pos/shopify/location.json"));
        ArrayNode nodes = ((ObjectNode) found.path("data")).putObject("locations").putArray("nodes");
        nodes.addObject().put("id", "gid://shopify/Location/655441492").put("name", "Lexington Store");
        nodes.addObject().put("id", "gid://shopify/Location/" + SHOPIFY_LOCATION).put("name", "Louisville Store");
        ObjectNode wrong = found.deepCopy();
        ((ObjectNode) wrong.path("data")).putNull("location");
        server.enqueue(json(200, found.toString()));
        server.enqueue(json(200, wrong.toString()));

        ConnectionCheck right = check(Tested.SHOPIFY);
        ConnectionCheck typo = check(Tested.SHOPIFY);

        assertThat(right.passed()).isTrue();
        assertThat(right.steps()).last().satisfies(step -> {
            assertThat(step.messageKey()).isEqualTo("connections.check.location.others");
            assertThat(step.args()).containsExactly("Lexington Store (655441492)");
        });
        assertThat(typo.passed()).isFalse();
        assertThat(typo.steps()).last().satisfies(step -> {
            assertThat(step.messageKey()).isEqualTo("connections.check.location.all");
            assertThat(step.args()).containsExactly("Lexington Store (655441492), Louisville Store (655441491)");
        });
        JsonNode body = JSON.readTree(server.takeRequest().getBody().readString(StandardCharsets.UTF_8));
        assertThat(body.path("query").asText()).contains("locations(first: 50, sortKey: NAME) { nodes { id name } }");
    }

    @Test
    void aShopifyTokenWithoutTheLocationsScopeSaysWhichPermissionIsMissing() {
        server.enqueue(json(200, "{\"data\": null, \"errors\": [{\"message\": \"Access denied for location field.\","
                + " \"extensions\": {\"code\": \"ACCESS_DENIED\"}, \"path\": [\"location\"]}]}"));

        assertThat(check(Tested.SHOPIFY).steps()).extracting(ConnectionCheck.Step::outcome,
                ConnectionCheck.Step::messageKey).containsExactly(
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.server.passed"),
                        tuple(ConnectionCheck.Outcome.PASSED, "connections.check.token.passed"),
                        tuple(ConnectionCheck.Outcome.FAILED, "connections.check.permission.failed"),
                        tuple(ConnectionCheck.Outcome.NOT_TRIED, "connections.check.location.notTried"));
    }

    @Test
    void aShopifyThrottledAnswerIsARateLimit() {
        server.enqueue(json(200, resource("/pos/shopify/throttled.json")));

        assertThat(check(Tested.SHOPIFY).steps().get(2).messageKey()).isEqualTo("connections.check.shop.rateLimited");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private ConnectionCheck check(Tested tested) {
        return probe.check(draft(tested, baseUrl()), Secret.of(TOKEN));
    }

    private static ConnectionDraft draft(Tested tested, String baseUrl) {
        return new ConnectionDraft(null, tested.platform, Environment.CUSTOM, baseUrl, tested.account,
                tested == Tested.SHOPIFY ? SHOPIFY_LOCATION : "", true, Secret.of(TOKEN), null);
    }

    private static void assertRequestAsDocumented(Tested tested, RecordedRequest request) throws IOException {
        switch (tested) {
            case SHOPIFY -> {
                assertThat(request.getMethod()).isEqualTo("POST");
                assertThat(request.getPath()).isEqualTo("/admin/api/2026-01/graphql.json");
                assertThat(request.getHeader("X-Shopify-Access-Token")).isEqualTo(TOKEN);
                JsonNode body = JSON.readTree(request.getBody().readString(StandardCharsets.UTF_8));
                assertThat(body.path("operationName").asText()).isEqualTo("StoreLocation");
                assertThat(body.path("query").asText()).contains("shop {").contains("location(id: $locationId)");
                assertThat(body.path("variables").path("locationId").asText())
                        .isEqualTo("gid://shopify/Location/" + SHOPIFY_LOCATION);
            }
            case SQUARE -> {
                assertThat(request.getMethod()).isEqualTo("GET");
                assertThat(request.getPath()).isEqualTo("/v2/locations/18YC4JDH91E1H");
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            }
            case LIGHTSPEED -> {
                assertThat(request.getMethod()).isEqualTo("GET");
                assertThat(request.getPath()).isEqualTo("/API/V3/Account/83050.json");
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            }
            case CLOVER -> {
                assertThat(request.getMethod()).isEqualTo("GET");
                assertThat(request.getPath()).isEqualTo("/v3/merchants/7R56PZ0Z0EAB1");
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            }
        }
    }

    /** The expected steps, and for Shopify its location's step after them. */
    @SafeVarargs
    private static <T> List<T> withLocation(Tested tested, T location, T... steps) {
        List<T> all = new ArrayList<>(List.of(steps));
        if (tested == Tested.SHOPIFY) {
            all.add(location);
        }
        return all;
    }

    private static Tuple locationNotTried() {
        return tuple(ConnectionCheck.Outcome.NOT_TRIED, "connections.check.location.notTried");
    }

    private String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String resource(String path) {
        try (InputStream in = PlatformProbesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
