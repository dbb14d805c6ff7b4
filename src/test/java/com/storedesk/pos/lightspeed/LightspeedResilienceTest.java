package com.storedesk.pos.lightspeed;

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

/** Lightspeed's bucket, rate limits, outages, a crash between pages and nonsense: nothing lost, nothing doubled. */
class LightspeedResilienceTest {

    private static final String SALES = LightspeedServer.API + "/Sale.json";
    private static final String ITEMS = LightspeedServer.API + "/Item.json";

    private LightspeedSyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new LightspeedSyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aFullBucketMakesTheNextRequestWaitUntilItHasDripped() throws Exception {
        fixture.lightspeed.interject(ITEMS, null, LightspeedServer.json(LightspeedServer.resource("items-1.json"))
                .setHeader("X-LS-API-Bucket-Level", "89.5/90").setHeader("X-LS-API-Drip-Rate", "0.5")
                .setHeader("X-LS-API-Request-Cost", "2"));

        SyncTotals totals = fixture.sync();

        // 89.5 + 2 is 1.5 drips over the size; at 0.5 drips a second that is 3 seconds.
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(totals.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).isEqualTo(5);
    }

    @Test
    void aRateLimitIsWaitedOutAsLongAsRetryAfterAsks() throws Exception {
        fixture.lightspeed.interject(SALES, null, new MockResponse().setResponseCode(429).setHeader("Retry-After", "3")
                .setHeader("X-LS-API-RateLimit-Type", "api-leaky-bucket")
                .setBody("{\"httpCode\":\"429\",\"httpMessage\":\"Too Many Requests\",\"message\":\"Rate Limited\"}"));

        SyncTotals totals = fixture.sync();

        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(fixture.lightspeed.requests(SALES)).hasSize(3);
        assertThat(totals.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredWaits() throws Exception {
        fixture.lightspeed.interject(SALES, null, new MockResponse().setResponseCode(503),
                new MockResponse().setResponseCode(502));

        fixture.sync();

        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
    }

    @Test
    void aCrashBetweenSalePagesResumesThereWithoutGapsOrDuplicates() throws Exception {
        LightspeedConnector connector = fixture.connector(new RetryPolicy(2, Duration.ofMillis(100),
                Duration.ofSeconds(1), Duration.ofMinutes(1)), CircuitBreaker.defaults(fixture.clock));
        fixture.lightspeed.interject(SALES, "WzEyMF0=", new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(500));

        assertThatThrownBy(() -> fixture.sync(connector)).isInstanceOf(ConnectorException.class);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("page 1 is in").isEqualTo(2);
        SyncCursor saved = SyncCursor.parse(fixture.savedCursor());
        assertThat(saved.phase()).isEqualTo(Phase.SALE);
        assertThat(saved.next()).startsWith(SALES + "?").endsWith("after=WzEyMF0%3D");
        int before = fixture.lightspeed.requests().size();

        SyncTotals resumed = fixture.sync();

        assertThat(fixture.lightspeed.requests().subList(before, fixture.lightspeed.requests().size()))
                .as("the account's currency, then straight to the page that failed and its returned line")
                .extracting(r -> r.getRequestUrl().encodedPath() + " " + r.getRequestUrl().queryParameter("after"))
                .containsExactly(LightspeedServer.API + ".json null", SALES + " WzEyMF0=",
                        LightspeedServer.API + "/SaleLine.json null");
        assertThat(resumed.pages()).isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(3);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(6324 + 7503 + 2339);
    }

    @Test
    void brokenJsonFailsThePageNamingTheEndpointAndKeepsEarlierPages() throws Exception {
        fixture.lightspeed.interject(SALES, "WzEyMF0=", LightspeedServer.json("{\"Sale\": [ {\"saleID\": "));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Lightspeed Sale").hasMessageContaining("broken JSON")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");

        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        fixture.sync();
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
    }

    @Test
    void aMissingRequiredFieldFailsTheWholePage() throws Exception {
        String withoutTimeStamp = LightspeedServer.resource("sales-1.json")
                .replace("\"saleID\": \"120\",\n      \"timeStamp\": \"2021-06-01T14:34:59+00:00\",", "\"saleID\": \"120\",");
        assertThat(withoutTimeStamp).isNotEqualTo(LightspeedServer.resource("sales-1.json"));
        fixture.lightspeed.interject(SALES, null, LightspeedServer.json(withoutTimeStamp));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Sale").hasMessageContaining("sale 120 has no timeStamp")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("not even the page's good sale").isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).as("earlier pages stay").isEqualTo(5);
    }

    @Test
    void aNextPageOutsideTheListingIsNotFollowed() throws Exception {
        fixture.lightspeed.interject(ITEMS, null, LightspeedServer.json(LightspeedServer.resource("items-1.json")
                .replace("/API/V3/Account/83050/Item.json?", "/elsewhere/collect?")));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("next page outside its listing");
        assertThat(fixture.lightspeed.requests()).noneMatch(r -> r.getPath().startsWith("/elsewhere"));
    }

    @Test
    void refusedCredentialsStopAtOnceAndTheTokenIsNeverQuoted() throws Exception {
        fixture.lightspeed.interject(LightspeedServer.API + ".json", null, new MockResponse().setResponseCode(401)
                .setBody("{\"httpCode\":\"401\",\"message\":\"Invalid access token " + LightspeedServer.TOKEN + "\"}"));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageNotContaining(LightspeedServer.TOKEN)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unauthorized");
        assertThat(fixture.lightspeed.requests()).hasSize(1);
        assertThat(fixture.sleeps).isEmpty();
    }
}
