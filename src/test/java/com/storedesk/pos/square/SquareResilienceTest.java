package com.storedesk.pos.square;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate limits, outages, a crash between pages and nonsense from Square: nothing lost, nothing doubled. */
class SquareResilienceTest {

    private static final String ORDERS = "POST /v2/orders/search";
    private static final String CATALOG = "POST /v2/catalog/search";

    private SquareSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SquareSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aRateLimitIsWaitedOutAsLongAsSquareAsks() throws Exception {
        fixture.square.interject(CATALOG, null, new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
                .setBody("{\"errors\":[{\"category\":\"RATE_LIMIT_ERROR\",\"code\":\"RATE_LIMITED\"}]}"));

        SyncTotals totals = fixture.sync();

        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(fixture.square.requests(CATALOG)).hasSize(2);
        assertThat(totals.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).isEqualTo(5);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredWaits() throws Exception {
        fixture.square.interject(ORDERS, null, new MockResponse().setResponseCode(503),
                new MockResponse().setResponseCode(502));

        fixture.sync();

        // Equal jitter at 0.5: three quarters of 0.5 s, then of 1 s.
        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(fixture.connector().connectionStatus().reachable()).isTrue();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndSaysSinceWhen() throws Exception {
        SquareConnector connector = fixture.connector(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofMinutes(1)), new CircuitBreaker(3, Duration.ofMinutes(1), fixture.clock));
        for (int i = 0; i < 3; i++) {
            fixture.square.interject("GET /v2/locations/" + SquareServer.LOCATION, null,
                    new MockResponse().setResponseCode(500));
        }

        assertThatThrownBy(() -> fixture.sync(connector)).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unreachable");
        fixture.clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> fixture.sync(connector)).as("the third failure in a row opens the circuit")
                .hasMessageContaining("unreachable since " + SquareSyncFixture.NOW);
        fixture.clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> fixture.sync(connector)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("circuit is open").hasMessageContaining("unreachable since " + SquareSyncFixture.NOW);
        assertThat(fixture.square.requests()).as("the open circuit calls no one").hasSize(3);
        assertThat(connector.connectionStatus().unreachableSince()).isEqualTo(SquareSyncFixture.NOW);
        assertThat(fixture.syncState.find(SquareSyncFixture.SOURCE, "history").orElseThrow().getLastError())
                .contains("unreachable since");

        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.sync(connector);
        assertThat(connector.connectionStatus().reachable()).as("the trial call succeeded").isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
    }

    @Test
    void aCrashBetweenOrderPagesResumesThereWithoutGapsOrDuplicates() throws Exception {
        SquareConnector connector = fixture.connector(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofMinutes(1)), CircuitBreaker.defaults(fixture.clock));
        fixture.square.interject(ORDERS, "ORDERS-PAGE-2", new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(500));

        assertThatThrownBy(() -> fixture.sync(connector)).isInstanceOf(ConnectorException.class);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("page 1 is in").isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isZero();
        SyncCursor saved = SyncCursor.parse(fixture.savedCursor());
        assertThat(saved.phase()).isEqualTo(Phase.ORDERS);
        assertThat(saved.page()).isEqualTo("ORDERS-PAGE-2");
        int before = fixture.square.requests().size();

        SyncTotals resumed = fixture.sync();

        assertThat(fixture.square.requests().subList(before, fixture.square.requests().size()))
                .as("straight to the page that failed").singleElement()
                .satisfies(r -> assertThat(SquareServer.body(r).path("cursor").asText()).isEqualTo("ORDERS-PAGE-2"));
        assertThat(resumed.pages()).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(6176 + 550);
    }

    @Test
    void brokenJsonFailsThePageNamingTheEndpointAndKeepsEarlierPages() throws Exception {
        fixture.square.interject(ORDERS, "ORDERS-PAGE-2", new MockResponse().setBody("{\"orders\": [ {\"id\": "));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("SearchOrders").hasMessageContaining("broken JSON")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");

        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(SyncCursor.parse(fixture.savedCursor()).page()).as("the broken page is asked for again")
                .isEqualTo("ORDERS-PAGE-2");
        fixture.sync();
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
    }

    @Test
    void aMissingRequiredFieldFailsTheWholePage() throws Exception {
        String withoutUpdatedAt = SquareServer.resource("orders-1.json")
                .replace("\"updated_at\": \"2020-05-18T16:31:02.000Z\",", "");
        assertThat(withoutUpdatedAt).isNotEqualTo(SquareServer.resource("orders-1.json"));
        fixture.square.interject(ORDERS, null, new MockResponse().setBody(withoutUpdatedAt));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("SearchOrders").hasMessageContaining("order CAISEM82RcpmcFBM0TfOyiHV3es has no updated_at")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("not even the page's good order").isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).as("earlier pages stay").isEqualTo(5);
    }

    @Test
    void aForgottenSquareCursorStartsThatPhaseAgain() throws Exception {
        fixture.square.interject("POST /v2/customers/search", "9dpS093Uy12AzeE", new MockResponse().setResponseCode(400)
                .setBody("{\"errors\":[{\"category\":\"INVALID_REQUEST_ERROR\",\"code\":\"INVALID_CURSOR\"}]}"));

        SyncTotals totals = fixture.sync();

        assertThat(totals.rejected()).isZero();
        assertThat(fixture.square.requests("POST /v2/customers/search")).hasSize(4);
        assertThat(fixture.count("SELECT COUNT(*) FROM customer")).isEqualTo(2);
    }

    @Test
    void refusedCredentialsStopAtOnce() throws Exception {
        fixture.square.interject("GET /v2/locations/" + SquareServer.LOCATION, null,
                new MockResponse().setResponseCode(401).setBody("{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}"));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unauthorized");
        assertThat(fixture.square.requests()).hasSize(1);
        assertThat(fixture.sleeps).isEmpty();
    }
}
