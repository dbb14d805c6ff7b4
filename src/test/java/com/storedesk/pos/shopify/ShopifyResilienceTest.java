package com.storedesk.pos.shopify;

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

/** Query cost, throttling, outages, a crash between pages and nonsense from Shopify: nothing lost, nothing doubled. */
class ShopifyResilienceTest {

    private ShopifySyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ShopifySyncFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aThrottledQueryIsRetriedOnceTheBucketHoldsItsCost() throws Exception {
        fixture.shopify.interject("Customers", null, ShopifyServer.json(ShopifyServer.resource("throttled.json")));

        SyncTotals totals = fixture.sync();

        // 752 points requested, 666 available, 50 restored a second: 86 / 50 = 1.72 s.
        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(1720));
        assertThat(fixture.shopify.requests("Customers")).hasSize(2);
        assertThat(totals.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM customer")).isEqualTo(1);
    }

    @Test
    void aThrottled429IsWaitedOutTheSameWay() throws Exception {
        fixture.shopify.interject("Customers", null, ShopifyServer.json(ShopifyServer.resource("throttled.json"))
                .setResponseCode(429));

        fixture.sync();

        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(1720));
        assertThat(fixture.count("SELECT COUNT(*) FROM customer")).isEqualTo(1);
    }

    @Test
    void aLowBucketMakesTheNextQueryOfThatKindWaitForTheRestoreRate() throws Exception {
        String lowBucket = ShopifyServer.resource("orders-1.json")
                .replace("\"currentlyAvailable\": 1990.0", "\"currentlyAvailable\": 102.0");
        assertThat(lowBucket).isNotEqualTo(ShopifyServer.resource("orders-1.json"));
        fixture.shopify.interject("Orders", null, ShopifyServer.json(lowBucket));

        fixture.sync();

        // The orders query asked for 502 points; 102 are left and 100 come back a second: 4 s before page 2.
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(4));
        assertThat(fixture.shopify.requests("Orders")).hasSize(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredWaits() throws Exception {
        fixture.shopify.interject("Orders", null, new MockResponse().setResponseCode(503),
                new MockResponse().setResponseCode(502));

        fixture.sync();

        // Equal jitter at 0.5: three quarters of 0.5 s, then of 1 s.
        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
    }

    @Test
    void aCrashBetweenOrderPagesResumesThereWithoutGapsOrDuplicates() throws Exception {
        ShopifyConnector connector = fixture.connector(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofMinutes(1)), CircuitBreaker.defaults(fixture.clock));
        fixture.shopify.interject("Orders", ShopifyServer.ORDERS_PAGE_2, new MockResponse().setResponseCode(500),
                new MockResponse().setResponseCode(500));

        assertThatThrownBy(() -> fixture.sync(connector)).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unreachable");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).as("page 1 is in").isEqualTo(1);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        SyncCursor saved = SyncCursor.parse(fixture.savedCursor());
        assertThat(saved.phase()).isEqualTo(Phase.ORDERS);
        assertThat(saved.page()).isEqualTo(ShopifyServer.ORDERS_PAGE_2);
        assertThat(saved.until()).as("the pass keeps its window").isEqualTo(ShopifySyncFixture.NOW);
        int before = fixture.shopify.requests().size();
        fixture.clock.advance(Duration.ofMinutes(30));

        SyncTotals resumed = fixture.sync();

        assertThat(fixture.shopify.requests().subList(before, fixture.shopify.requests().size()))
                .as("straight to the page that failed, with the same query").singleElement().satisfies(r -> {
                    assertThat(ShopifyServer.body(r).at("/variables/after").asText())
                            .isEqualTo(ShopifyServer.ORDERS_PAGE_2);
                    assertThat(ShopifyServer.body(r).at("/variables/query").asText())
                            .endsWith("updated_at:<='" + ShopifySyncFixture.NOW + "'");
                });
        assertThat(resumed.pages()).isEqualTo(1);
        assertThat(resumed.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).isEqualTo(1);
        assertThat(fixture.count("SELECT SUM(total_minor) FROM sale")).isEqualTo(59894 + 18985);
    }

    @Test
    void brokenJsonFailsThePageNamingTheQueryAndKeepsEarlierPages() throws Exception {
        fixture.shopify.interject("Orders", ShopifyServer.ORDERS_PAGE_2,
                ShopifyServer.json("{\"data\": {\"orders\": {\"nodes\": [ {\"id\": "));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Shopify Orders").hasMessageContaining("broken JSON")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");

        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(1);
        assertThat(SyncCursor.parse(fixture.savedCursor()).page()).as("the broken page is asked for again")
                .isEqualTo(ShopifyServer.ORDERS_PAGE_2);
        fixture.sync();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(2);
    }

    @Test
    void aMissingRequiredFieldFailsTheWholePage() throws Exception {
        String withoutUpdatedAt = ShopifyServer.resource("orders-1.json")
                .replace("\"updatedAt\": \"2025-01-02T11:29:59-05:00\",", "");
        assertThat(withoutUpdatedAt).isNotEqualTo(ShopifyServer.resource("orders-1.json"));
        fixture.shopify.interject("Orders", null, ShopifyServer.json(withoutUpdatedAt));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Shopify Orders")
                .hasMessageContaining("order gid://shopify/Order/450789469 has no updatedAt")
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.count("SELECT COUNT(*) FROM sale")).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM refund")).as("not even the page's refund").isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).as("earlier pages stay").isEqualTo(6);
    }

    @Test
    void graphQlErrorsBecomeATranslatedErrorNamingTheQueryAndCodes() throws Exception {
        fixture.shopify.interject("Customers", null, ShopifyServer.json("{\"errors\":[{\"message\":\"Access denied for"
                + " customers field. Required access: `read_customers` access scope.\",\"extensions\":{\"code\":"
                + "\"ACCESS_DENIED\"},\"path\":[\"customers\"]}],\"data\":null}"));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Shopify Customers").hasMessageContaining("ACCESS_DENIED")
                .hasMessageNotContaining(ShopifyServer.TOKEN)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("shopify.error.accessScope");
        assertThat(SyncCursor.parse(fixture.savedCursor()).phase()).isEqualTo(Phase.CUSTOMERS);
        assertThat(fixture.sleeps).as("a missing scope is not retried").isEmpty();
    }

    @Test
    void withoutTheStaffScopeStaffAreSkippedAndSalesNameNoCashier() throws Exception {
        fixture.shopify.interject("StaffMembers", null, ShopifyServer.json("{\"errors\":[{\"message\":\"Access denied"
                + " for staffMembers field.\",\"extensions\":{\"code\":\"ACCESS_DENIED\"},\"path\":[\"staffMembers\"]}],"
                + "\"data\":null}"));
        for (String page : new String[] {"orders-1.json", "orders-2.json"}) {
            String withoutStaff = ShopifyServer.resource(page)
                    .replaceAll("\"staffMember\": \\{\\s*\"id\": \"[^\"]+\"\\s*}", "\"staffMember\": null")
                    .replaceFirst("\\{\\s*\"data\"", "{\"errors\": [{\"message\": \"Access denied for staffMember field.\","
                            + " \"extensions\": {\"code\": \"ACCESS_DENIED\"}, \"path\": [\"orders\", \"nodes\", 0,"
                            + " \"staffMember\"]}], \"data\"");
            assertThat(withoutStaff).contains("\"staffMember\": null").contains("ACCESS_DENIED");
            fixture.shopify.interject("Orders", page.equals("orders-1.json") ? null : ShopifyServer.ORDERS_PAGE_2,
                    ShopifyServer.json(withoutStaff));
        }

        SyncTotals totals = fixture.sync();

        assertThat(totals.rejected()).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM employee")).isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM sale WHERE cashier_id IS NULL")).isEqualTo(2);
    }

    @Test
    void refusedCredentialsStopAtOnce() throws Exception {
        fixture.shopify.interject("StoreLocation", null, new MockResponse().setResponseCode(401)
                .setBody("{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}"));

        assertThatThrownBy(fixture::sync).isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.unauthorized");
        assertThat(fixture.shopify.requests()).hasSize(1);
        assertThat(fixture.sleeps).isEmpty();
    }
}
