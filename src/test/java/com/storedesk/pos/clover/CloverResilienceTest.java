package com.storedesk.pos.clover;

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

/** Clover's rate limits, outages, a crash between windows and nonsense: nothing lost, nothing doubled. */
class CloverResilienceTest {

    private static final String ORDERS = CloverServer.API + "/orders";

    private CloverSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new CloverSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aRateLimitIsWaitedOutAsLongAsRetryAfterAsks() throws Exception {
        fixture.clover.interject(ORDERS, CloverServer.WINDOW_1, 0, new MockResponse().setResponseCode(429)
                .setHeader("Retry-After", "2").setBody("{\"message\": \"Too Many Requests\"}"));

        SyncTotals totals = fixture.sync();

        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(totals.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredWaits() throws Exception {
        fixture.clover.interject(CloverServer.API + "/items", "", 0, new MockResponse().setResponseCode(503),
                new MockResponse().setResponseCode(500));

        fixture.sync();

        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).isEqualTo(4);
    }

    @Test
    void aCrashBetweenOrderWindowsResumesAtTheFailedWindow() throws Exception {
        CloverConnector connector = fixture.connector(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofMinutes(1)), CircuitBreaker.defaults(fixture.clock));
        fixture.clover.interject(ORDERS, CloverServer.WINDOW_2, 0, new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(500));

        assertThatThrownBy(() -> fixture.sync(connector)).isInstanceOf(ConnectorException.class);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("the first window is in").isEqualTo(1);
        SyncCursor saved = SyncCursor.parse(fixture.savedCursor());
        assertThat(saved.phase()).isEqualTo(Phase.ORDERS);
        assertThat(saved.window().toEpochMilli()).isEqualTo(1622505600001L);
        int before = fixture.clover.requests().size();

        SyncTotals resumed = fixture.sync();

        assertThat(fixture.clover.requests().subList(before, fixture.clover.requests().size()))
                .extracting(r -> r.getRequestUrl().encodedPath() + " " + r.getRequestUrl().queryParameterValues("filter"))
                .as("the merchant's currency is not needed for orders: straight to the failed window")
                .containsExactly(ORDERS + " [modifiedTime>=1622505600001, modifiedTime<=1625097600000]",
                        ORDERS + " [modifiedTime>=1623607200000, modifiedTime<=1625097600000]");
        assertThat(resumed.pages()).isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(2569 + 848 + 2819);
    }

    @Test
    void brokenJsonFailsThePageNamingTheEndpointAndKeepsEarlierPages() throws Exception {
        fixture.clover.interject(ORDERS, CloverServer.WINDOW_2, 0, CloverServer.json("{\"elements\": [ {\"id\": "));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Clover GetOrders").hasMessageContaining("broken JSON")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(1);

        fixture.sync();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
    }

    @Test
    void aMissingRequiredFieldFailsTheWholePage() throws Exception {
        String withoutTotal = CloverServer.resource("orders-2.json").replace("\"total\": 848,", "");
        assertThat(withoutTotal).isNotEqualTo(CloverServer.resource("orders-2.json"));
        fixture.clover.interject(ORDERS, CloverServer.WINDOW_2, 0, CloverServer.json(withoutTotal));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("order ORDERB0000001 has no total")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("not even the page's good order").isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).as("earlier pages stay").isEqualTo(4);
    }

    @Test
    void refusedCredentialsStopAtOnce() throws Exception {
        fixture.clover.interject(CloverServer.API, "", 0, new MockResponse().setResponseCode(401)
                .setBody("{\"message\": \"401 Unauthorized\"}"));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageNotContaining(CloverServer.TOKEN)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unauthorized");
        assertThat(fixture.clover.requests()).hasSize(1);
    }
}
