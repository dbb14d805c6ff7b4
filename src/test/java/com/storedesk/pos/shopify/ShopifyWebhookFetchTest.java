package com.storedesk.pos.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.ProductUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.webhook.DeliveryHeaders;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A verified Shopify webhook, read by the receiver's own delivery reader from Shopify's documented
 * bodies, becomes the current state of what it names, fetched from Shopify's GraphQL Admin API.
 */
class ShopifyWebhookFetchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALE = "gid://shopify/Order/450789469";
    private static final String SHOP_DOMAIN = ShopifyServer.SHOP + ".myshopify.com";

    private ShopifySyncFixture fixture;
    private WebhookEventHandler handler;

    @BeforeEach
    void start() throws Exception {
        fixture = new ShopifySyncFixture();
        fixture.shopify.page(ShopifyWebhookFetch.ORDER, null, "webhook-order.json");
        fixture.shopify.page(ShopifyWebhookFetch.REFUND, null, "webhook-refund.json");
        fixture.shopify.page(ShopifyWebhookFetch.CUSTOMER, null, "webhook-customer.json");
        fixture.shopify.page(ShopifyWebhookFetch.INVENTORY_LEVEL, null, "webhook-inventory-level.json");
        fixture.shopify.page(ShopifyWebhookFetch.INVENTORY_ITEM, null, "webhook-inventory-item.json");
        handler = fixture.connector().webhookHandler();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void anOrderWebhookFetchesTheOrderAsItsSaleAndRefunds() throws Exception {
        List<RetailEvent> events = handler.fetch(delivered("orders/create", "webhook_shaped/orders_create.json"));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(SaleRecorded.class, sale -> {
            assertThat(sale.source()).isEqualTo(ShopifySyncFixture.SOURCE);
            assertThat(sale.externalId()).isEqualTo(SALE);
            assertThat(sale.storeExternalId()).isEqualTo(ShopifyServer.LOCATION);
            assertThat(sale.lines()).hasSize(3);
            assertThat(sale.totalMinor()).as("3 x 199.00 - TENOFF 10.00 + 6% tax 11.94").isEqualTo(59894);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(RefundRecorded.class, refund -> {
            assertThat(refund.externalId()).isEqualTo("gid://shopify/Refund/509562969");
            assertThat(refund.originalSaleExternalId()).isEqualTo(SALE);
            assertThat(refund.amountMinor()).isEqualTo(39929);
        });
        JsonNode request = only(ShopifyWebhookFetch.ORDER);
        assertThat(request.at("/variables/id").asText()).isEqualTo(SALE);
        assertThat(request.path("query").asText()).contains("order(id: $id)")
                .contains("lineItems(first: 20)").contains("refundLineItems(first: 10)");
        assertThat(fixture.shopify.requests()).allSatisfy(r -> assertThat(r.getHeader("X-Shopify-Access-Token"))
                .isEqualTo(ShopifyServer.TOKEN));
    }

    @Test
    void aRefundWebhookFetchesTheOrderItRefunds() throws Exception {
        List<RetailEvent> events = handler.fetch(delivered("refunds/create", "webhook_shaped/refunds_create.json"));

        assertThat(events).extracting(RetailEvent::getClass).containsExactly(SaleRecorded.class, RefundRecorded.class);
        assertThat(((RefundRecorded) events.get(1)).externalId()).isEqualTo("gid://shopify/Refund/509562969");
        assertThat(only(ShopifyWebhookFetch.REFUND).at("/variables/id").asText())
                .isEqualTo("gid://shopify/Refund/509562969");
    }

    @Test
    void aStockWebhookFetchesThisLocationsLevelOfTheItem() throws Exception {
        List<RetailEvent> events = handler.fetch(delivered("inventory_levels/update",
                "webhook_shaped/inventory_levels_update.json"));

        assertThat(events).singleElement().isInstanceOfSatisfying(StockCounted.class, count -> {
            assertThat(count.storeExternalId()).isEqualTo(ShopifyServer.LOCATION);
            assertThat(count.productExternalId()).isEqualTo("gid://shopify/ProductVariant/808950810");
            assertThat(count.onHand()).isEqualByComparingTo(BigDecimal.valueOf(1));
        });
        JsonNode variables = only(ShopifyWebhookFetch.INVENTORY_LEVEL).path("variables");
        assertThat(variables.path("locationId").asText()).isEqualTo(ShopifyServer.LOCATION);
        assertThat(variables.path("itemId").asText()).isEqualTo("gid://shopify/InventoryItem/808950810");
    }

    @Test
    void anotherLocationsStockAnotherShopAndADeletionFetchNothing() throws Exception {
        assertThat(handler.fetch(new NamedObject(SHOP_DOMAIN, "inventory_levels/update", "inventory_levels",
                "808950810@905684977"))).isEmpty();
        assertThat(handler.fetch(new NamedObject("other-shop.myshopify.com", "orders/create", "orders", "450789469")))
                .isEmpty();
        assertThat(handler.fetch(new NamedObject(SHOP_DOMAIN, "orders/delete", "orders", "450789469"))).isEmpty();
        assertThat(handler.fetch(new NamedObject(SHOP_DOMAIN, "carts/update", "carts", "1"))).isEmpty();
        assertThat(fixture.shopify.requests()).isEmpty();
    }

    @Test
    void aWebOrderOrAnotherLocationsSaleIsNotThisStores() throws Exception {
        ObjectNode answer = (ObjectNode) JSON.readTree(ShopifyServer.resource("webhook-order.json"));
        ObjectNode order = (ObjectNode) answer.path("data").path("order");
        order.put("sourceName", "web");
        fixture.shopify.interject(ShopifyWebhookFetch.ORDER, null, ShopifyServer.json(answer.toString()));
        order.put("sourceName", "pos").putObject("retailLocation").put("id", "gid://shopify/Location/905684977");
        fixture.shopify.interject(ShopifyWebhookFetch.ORDER, null, ShopifyServer.json(answer.toString()));
        fixture.shopify.interject(ShopifyWebhookFetch.ORDER, null, ShopifyServer.json("{\"data\": {\"order\": null}}"));

        NamedObject named = delivered("orders/updated", "webhook_shaped/orders_create.json");
        assertThat(handler.fetch(named)).as("a web order").isEmpty();
        assertThat(handler.fetch(named)).as("another location's sale").isEmpty();
        assertThat(handler.fetch(named)).as("an order gone by now").isEmpty();
    }

    @Test
    void aProductWebhookFetchesEveryVariantOfTheProductThroughThePullsQuery() throws Exception {
        List<RetailEvent> events = handler.fetch(new NamedObject(SHOP_DOMAIN, "products/update", "products",
                "632910392"));

        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event).isInstanceOf(ProductUpserted.class));
        assertThat(events).extracting(event -> ((ProductUpserted) event).externalId())
                .contains("gid://shopify/ProductVariant/808950810");
        List<RecordedRequest> variants = fixture.shopify.requests("ProductVariants");
        assertThat(variants).hasSize(2);
        assertThat(variants).allSatisfy(r -> assertThat(ShopifyServer.body(r).at("/variables/query").asText())
                .isEqualTo("product_id:632910392"));
        assertThat(ShopifyServer.body(variants.get(1)).at("/variables/after").asText())
                .isEqualTo(ShopifyServer.VARIANTS_PAGE_2);
        assertThat(fixture.shopify.requests("StoreLocation")).as("the shop's currency, asked once").hasSize(1);
    }

    @Test
    void aCustomerAndAnInventoryItemWebhookFetchTheirCurrentState() throws Exception {
        assertThat(handler.fetch(new NamedObject(SHOP_DOMAIN, "customers/update", "customers", "207119551")))
                .singleElement().isInstanceOfSatisfying(CustomerUpserted.class, customer -> {
                    assertThat(customer.externalId()).isEqualTo("gid://shopify/Customer/207119551");
                    assertThat(customer.lastName()).isEqualTo("Norman");
                });
        assertThat(handler.fetch(new NamedObject(SHOP_DOMAIN, "inventory_items/update", "inventory_items",
                "808950810"))).singleElement().isInstanceOfSatisfying(ProductUpserted.class,
                        product -> assertThat(product.externalId()).isEqualTo("gid://shopify/ProductVariant/808950810"));
        assertThat(only(ShopifyWebhookFetch.CUSTOMER).at("/variables/id").asText())
                .isEqualTo("gid://shopify/Customer/207119551");
    }

    @Test
    void anIdThatIsNotShopifysIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> handler.fetch(new NamedObject(SHOP_DOMAIN, "orders/create", "orders",
                "1\") { id } shop { name")))
                .isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.shopify.requests()).isEmpty();
    }

    /** What the receiver's reader makes of a documented body with Shopify's headers. */
    private static NamedObject delivered(String topic, String body) throws Exception {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("X-Shopify-Topic", topic);
        headers.put("X-Shopify-Shop-Domain", SHOP_DOMAIN);
        headers.put("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        DeliveryHeaders delivery = name -> Optional.ofNullable(headers.get(name));
        List<NamedObject> named = new ArrayList<>(WebhookPlatform.SHOPIFY.reader().read(bytes(body), delivery)
                .objects());
        assertThat(named).hasSize(1);
        return named.get(0);
    }

    private JsonNode only(String operation) {
        List<RecordedRequest> requests = fixture.shopify.requests(operation);
        assertThat(requests).hasSize(1);
        return ShopifyServer.body(requests.get(0));
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = ShopifyWebhookFetchTest.class.getResourceAsStream("/pos/shopify/" + file)) {
            return in.readAllBytes();
        }
    }
}
