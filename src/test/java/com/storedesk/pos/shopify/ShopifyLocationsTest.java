package com.storedesk.pos.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.pos.connection.PosConnectors;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookFetching;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two locations of one shop, each its own store (decision 0033): one source, the shop's catalog and
 * customers shared, each location's orders and stock with its own cursor.
 */
class ShopifyLocationsTest {

    private static final String LEXINGTON = "gid://shopify/Location/655441492";

    private ShopifySyncFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ShopifySyncFixture();
        fixture.shopify.pageAt(LEXINGTON, "StoreLocation", "location-lexington.json");
        fixture.shopify.pageAt(LEXINGTON, "InventoryLevels", "inventory-levels-lexington.json");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void eachLocationIsAStoreWithItsOwnCursorAndTheCatalogIsShared() throws Exception {
        fixture.sync();
        long products = fixture.count("SELECT COUNT(*) FROM product");
        long customers = fixture.count("SELECT COUNT(*) FROM customer");
        ShopifyConnector lexington = lexington();

        fixture.sync(lexington);

        assertThat(lexington.source()).isEqualTo(ShopifySyncFixture.SOURCE);
        assertThat(lexington.appliesAt(LEXINGTON)).as("write-back at its own location only").isTrue();
        assertThat(lexington.appliesAt(ShopifyServer.LOCATION)).isFalse();
        assertThat(fixture.rows("SELECT external_id, code, name FROM store ORDER BY code")).containsExactly(
                "gid://shopify/Location/655441491|655441491|Louisville Store",
                "gid://shopify/Location/655441492|655441492|Lexington Store");
        assertThat(fixture.count("SELECT COUNT(*) FROM product")).as("one catalog per shop").isEqualTo(products);
        assertThat(fixture.count("SELECT COUNT(*) FROM customer")).isEqualTo(customers);
        assertThat(fixture.rows("SELECT s.code, COUNT(*) FROM sale x JOIN store s ON s.id = x.store_id GROUP BY s.code"))
                .as("the orders were rung up in Louisville").containsExactly("655441491|" + salesIn("655441491"));
        assertThat(fixture.rows("SELECT s.code, COUNT(*) FROM stock_level l JOIN store s ON s.id = l.store_id"
                + " GROUP BY s.code ORDER BY s.code")).containsExactly("655441491|4", "655441492|4");
        assertThat(fixture.rows("SELECT scope FROM sync_state WHERE source = 'shopify:jsmith' AND stream = '"
                + HistorySync.STREAM + "' ORDER BY scope")).containsExactly("655441491", "655441492");
        assertThat(fixture.shopify.requests("Orders")).last()
                .satisfies(r -> assertThat(ShopifyServer.body(r).path("variables").path("query").asText())
                        .contains("location_id:655441492"));
    }

    @Test
    void aSecondPassOfOneLocationResumesFromItsOwnCursorNotTheOthers() throws Exception {
        fixture.sync();
        String louisville = fixture.savedCursor();

        fixture.sync(lexington());
        fixture.clock.advance(Duration.ofHours(1));
        fixture.sync(lexington());

        assertThat(fixture.savedCursor()).as("Louisville's cursor is left alone").isEqualTo(louisville);
        String lexingtonCursor = fixture.syncState.cursor(ShopifySyncFixture.SOURCE, HistorySync.STREAM, "655441492")
                .orElseThrow();
        assertThat(SyncCursor.parse(lexingtonCursor).since()).as("an incremental pass").isNotNull();
    }

    @Test
    void anOrderWebhookSignedWithTheShopsSecretReachesTheLocationItWasRungUpAt() throws Exception {
        fixture.sync();
        fixture.sync(lexington());
        fixture.shopify.page(ShopifyWebhookFetch.ORDER, null, "webhook-order-lexington.json");
        PosConnection louisville = connection(1, ShopifyServer.LOCATION);
        PosConnection lexington = connection(2, LEXINGTON);
        Map<Long, WebhookFetching> fetchers = Map.of(1L, fixture.connector(), 2L, lexington());

        // Only Louisville holds the shop's webhook key here, so the delivery names Louisville's connection.
        WebhookEventHandler signedForLouisville = PosConnectors.byAccount(List.of(louisville, lexington), fetchers)
                .get(louisville.id());
        List<RetailEvent> events = signedForLouisville.fetch(new NamedObject(ShopifyServer.SHOP + ".myshopify.com",
                "orders/create", "orders", "450789480"));
        fixture.ingest.ingest(events);

        assertThat(events).extracting(RetailEvent::getClass).containsExactly(SaleRecorded.class,
                RefundRecorded.class);
        assertThat(fixture.rows("SELECT s.code FROM sale x JOIN store s ON s.id = x.store_id"
                + " WHERE x.external_id = 'gid://shopify/Order/450789480'")).containsExactly("655441492");
        assertThat(fixture.shopify.requests(ShopifyWebhookFetch.ORDER)).as("each location asked once").hasSize(2);
    }

    @Test
    void aConnectionOfAnotherAccountIsNotAskedForTheDelivery() throws Exception {
        fixture.shopify.page(ShopifyWebhookFetch.ORDER, null, "webhook-order-lexington.json");
        PosConnection louisville = connection(1, ShopifyServer.LOCATION);
        PosConnection otherShop = new PosConnection(3, Platform.SHOPIFY, Environment.CUSTOM, "https://other.example",
                "other-shop", LEXINGTON, "ref-3", null, true, ShopifySyncFixture.NOW, "test");
        Map<Long, WebhookFetching> fetchers = Map.of(1L, fixture.connector(), 3L, lexington());

        List<RetailEvent> events = PosConnectors.byAccount(List.of(louisville, otherShop), fetchers).get(1L)
                .fetch(new NamedObject(ShopifyServer.SHOP + ".myshopify.com", "orders/create", "orders", "450789480"));

        assertThat(events).as("Louisville keeps to its own location").isEmpty();
        assertThat(fixture.shopify.requests(ShopifyWebhookFetch.ORDER)).as("only Louisville asked").hasSize(1);
    }

    private static PosConnection connection(long id, String locationGid) {
        return new PosConnection(id, Platform.SHOPIFY, Environment.CUSTOM, "https://" + ShopifyServer.SHOP
                + ".myshopify.com", ShopifyServer.SHOP, locationGid, "ref-" + id, id == 1 ? "key-1" : null, true,
                ShopifySyncFixture.NOW, "test");
    }

    private long salesIn(String code) throws Exception {
        return fixture.count("SELECT COUNT(*) FROM sale x JOIN store s ON s.id = x.store_id WHERE s.code = '" + code
                + "'");
    }

    private ShopifyConnector lexington() {
        ShopifySettings louisville = fixture.shopify.settings();
        return new ShopifyConnector(new ShopifySettings(louisville.baseUrl(), louisville.shop(),
                louisville.accessToken(), LEXINGTON), fixture.client, RetryPolicy.defaults(),
                CircuitBreaker.defaults(fixture.clock), fixture.pacing);
    }
}
