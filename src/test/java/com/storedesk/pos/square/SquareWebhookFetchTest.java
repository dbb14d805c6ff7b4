package com.storedesk.pos.square;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A verified Square notification becomes the current state of what it names, fetched from Square. */
class SquareWebhookFetchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALE = "CAISENgvlJ6jLWAzERDzjyHVybY";
    private static final String MERCHANT = "3MYCJG5GVYQ8Q";

    private SquareSyncFixture fixture;
    private WebhookEventHandler handler;

    @BeforeEach
    void start() throws Exception {
        fixture = new SquareSyncFixture();
        handler = fixture.connector().webhookHandler();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void anOrderNotificationFetchesTheOrderAsItsSale() throws Exception {
        serveOrder(SALE, order("orders-1.json", 0));

        List<RetailEvent> events = handler.fetch(named("order.updated", "order", SALE));

        assertThat(events).singleElement().isInstanceOfSatisfying(SaleRecorded.class, sale -> {
            assertThat(sale.externalId()).isEqualTo(SALE);
            assertThat(sale.source()).isEqualTo(SquareSyncFixture.SOURCE);
            assertThat(sale.totalMinor()).isEqualTo(6176);
        });
        assertThat(fixture.square.requests("GET /v2/orders/" + SALE)).singleElement()
                .satisfies(request -> assertThat(request.getHeader("Authorization"))
                        .isEqualTo("Bearer " + SquareServer.TOKEN));
    }

    @Test
    void aRefundNotificationFetchesTheReturnOrderBehindIt() throws Exception {
        ObjectNode returned = order("orders-2.json", 0);
        String returnId = returned.get("id").asText();
        serveOrder(returnId, returned);
        fixture.square.interject("GET /v2/refunds/R1", null, json("{\"refund\": {\"id\": \"R1\", \"order_id\": \""
                + returnId + "\", \"status\": \"COMPLETED\"}}"));

        List<RetailEvent> events = handler.fetch(named("refund.updated", "refund", "R1"));

        assertThat(events).singleElement().isInstanceOfSatisfying(RefundRecorded.class,
                refund -> assertThat(refund.originalSaleExternalId()).isEqualTo(SALE));
    }

    @Test
    void aPaymentNotificationFetchesItsOrder() throws Exception {
        serveOrder(SALE, order("orders-1.json", 0));
        fixture.square.interject("GET /v2/payments/P1", null,
                json("{\"payment\": {\"id\": \"P1\", \"order_id\": \"" + SALE + "\"}}"));

        assertThat(handler.fetch(named("payment.updated", "payment", "P1")))
                .singleElement().isInstanceOf(SaleRecorded.class);
    }

    @Test
    void anotherLocationsOrderOrOneStillOpenGivesNothing() throws Exception {
        ObjectNode elsewhere = order("orders-1.json", 0);
        elsewhere.put("location_id", "OTHERLOCATION");
        serveOrder(SALE, elsewhere);
        ObjectNode open = order("orders-1.json", 1);
        open.put("state", "OPEN");
        serveOrder(open.get("id").asText(), open);

        assertThat(handler.fetch(named("order.created", "order", SALE))).isEmpty();
        assertThat(handler.fetch(named("order.created", "order", open.get("id").asText()))).isEmpty();
    }

    @Test
    void aCustomerNotificationFetchesTheCustomer() throws Exception {
        JsonNode customer = JSON.readTree(SquareServer.resource("customers-1.json")).get("customers").get(0);
        String id = customer.get("id").asText();
        fixture.square.interject("GET /v2/customers/" + id, null, json("{\"customer\": " + customer + "}"));

        assertThat(handler.fetch(named("customer.updated", "customer", id))).singleElement()
                .isInstanceOfSatisfying(CustomerUpserted.class, c -> assertThat(c.externalId()).isEqualTo(id));
        assertThat(handler.fetch(named("customer.deleted", "customer", id))).as("nothing to fetch").isEmpty();
    }

    @Test
    void aStockNotificationFetchesTheLocationsCountsOfTheLastHour() throws Exception {
        List<RetailEvent> events = handler.fetch(named("inventory.count.updated", "inventory_counts", "any"));

        assertThat(events).isNotEmpty().allMatch(StockCounted.class::isInstance);
        JsonNode body = SquareServer.body(fixture.square.requests("POST /v2/inventory/counts/batch-retrieve").get(0));
        assertThat(body.path("location_ids").toString()).isEqualTo("[\"" + SquareServer.LOCATION + "\"]");
        assertThat(body.path("updated_after").asText())
                .isEqualTo(SquareSyncFixture.NOW.minus(SquareWebhookFetch.COUNTS_WINDOW).toString());
    }

    @Test
    void anIdThatIsNotSquaresIsRefusedWithoutARequest() {
        assertThatThrownBy(() -> handler.fetch(named("order.created", "order", "../locations/X")))
                .isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.square.requests()).isEmpty();
    }

    @Test
    void eventsStoreDeskDoesNotKeepFetchNothing() throws Exception {
        assertThat(handler.fetch(named("catalog.version.updated", "catalog", null))).isEmpty();
        assertThat(handler.fetch(named("team_member.created", "team_member", "T1"))).isEmpty();
        assertThat(fixture.square.requests()).isEmpty();
    }

    private void serveOrder(String id, JsonNode order) {
        fixture.square.interject("GET /v2/orders/" + id, null, json("{\"order\": " + order + "}"));
    }

    private static ObjectNode order(String file, int index) throws Exception {
        return (ObjectNode) JSON.readTree(SquareServer.resource(file)).get("orders").get(index).deepCopy();
    }

    private static NamedObject named(String event, String type, String id) {
        return new NamedObject(MERCHANT, event, type, id);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
