package com.storedesk.pos.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.RetryPolicy;
import java.time.Duration;
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
