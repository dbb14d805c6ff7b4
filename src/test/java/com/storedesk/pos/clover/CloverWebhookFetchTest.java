package com.storedesk.pos.clover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.core.event.CustomerUpserted;
import com.storedesk.core.event.EmployeeUpserted;
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
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A verified Clover delivery, read by the receiver's own delivery reader, becomes the current state of
 * each object it names for this merchant, fetched from Clover's REST API and mapped as the pull maps it.
 */
class CloverWebhookFetchTest {

    private static final String ORDER = "ORDERC0000001";

    private CloverSyncFixture fixture;
    private WebhookEventHandler handler;
    private List<NamedObject> delivered;

    @BeforeEach
    void start() throws Exception {
        fixture = new CloverSyncFixture();
        fixture.clover.page(CloverServer.API + "/orders/" + ORDER, "", 0, "webhook-order.json");
        fixture.clover.page(CloverServer.API + "/payments/PAYC1", "", 0, "webhook-payment.json");
        fixture.clover.page(CloverServer.API + "/items/EWKZEMNCBQQ9Y", "", 0, "webhook-item.json");
        fixture.clover.page(CloverServer.API + "/customers/Q1VSTOMER0001", "", 0, "webhook-customer.json");
        fixture.clover.page(CloverServer.API + "/employees/E1CASHIER0001", "", 0, "webhook-employee.json");
        handler = fixture.connector().webhookHandler();
        delivered = WebhookPlatform.CLOVER.reader().read(bytes("webhook-delivery.json"), DeliveryHeaders.none())
                .objects();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void anOrderFetchesItsSaleAndRefundWithThePullsExpansions() throws Exception {
        List<RetailEvent> events = handler.fetch(named("O", ORDER));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(SaleRecorded.class, sale -> {
            assertThat(sale.source()).isEqualTo(CloverSyncFixture.SOURCE);
            assertThat(sale.externalId()).isEqualTo(ORDER);
            assertThat(sale.storeExternalId()).isEqualTo(CloverServer.MERCHANT);
            assertThat(sale.totalMinor()).isEqualTo(2819);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(RefundRecorded.class, refund -> {
            assertThat(refund.externalId()).isEqualTo("REFUNDC000001");
            assertThat(refund.originalSaleExternalId()).isEqualTo(ORDER);
            assertThat(refund.amountMinor()).isEqualTo(1409);
        });
        RecordedRequest request = only(CloverServer.API + "/orders/" + ORDER);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().queryParameter("expand")).isEqualTo(PhaseRequests.ORDER_EXPANSIONS);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + CloverServer.TOKEN);
    }

    @Test
    void aPaymentFetchesTheOrderItPays() throws Exception {
        List<RetailEvent> events = handler.fetch(named("P", "PAYC1"));

        assertThat(events).extracting(RetailEvent::getClass).containsExactly(SaleRecorded.class, RefundRecorded.class);
        assertThat(only(CloverServer.API + "/payments/PAYC1").getRequestUrl().queryParameter("expand"))
                .isEqualTo("order");
        assertThat(fixture.clover.requests(CloverServer.API + "/orders/" + ORDER)).hasSize(1);
    }

    @Test
    void anItemFetchesItsProductAndItsStockAsOfNow() throws Exception {
        List<RetailEvent> events = handler.fetch(named("I", "EWKZEMNCBQQ9Y"));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(ProductUpserted.class, product -> {
            assertThat(product.externalId()).isEqualTo("EWKZEMNCBQQ9Y");
            assertThat(product.priceMinor()).isEqualTo(1299);
            assertThat(product.currency().getCurrencyCode()).as("the merchant's, asked once").isEqualTo("USD");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(StockCounted.class, stock -> {
            assertThat(stock.productExternalId()).isEqualTo("EWKZEMNCBQQ9Y");
            assertThat(stock.storeExternalId()).isEqualTo(CloverServer.MERCHANT);
            assertThat(stock.onHand()).isEqualByComparingTo(new BigDecimal("12.0"));
            assertThat(stock.countedAt()).isEqualTo(CloverSyncFixture.NOW);
        });
        assertThat(only(CloverServer.API + "/items/EWKZEMNCBQQ9Y").getRequestUrl().queryParameter("expand"))
                .isEqualTo("categories,itemStock");
        assertThat(fixture.clover.requests(CloverServer.API)).hasSize(1);
    }

    @Test
    void aCustomerAndAnEmployeeFetchTheirCurrentState() throws Exception {
        assertThat(handler.fetch(named("C", "Q1VSTOMER0001"))).singleElement()
                .isInstanceOfSatisfying(CustomerUpserted.class, customer -> {
                    assertThat(customer.externalId()).isEqualTo("Q1VSTOMER0001");
                    assertThat(customer.email()).isEqualTo("ada@example.com");
                });
        assertThat(handler.fetch(named("E", "E1CASHIER0001"))).singleElement()
                .isInstanceOfSatisfying(EmployeeUpserted.class,
                        employee -> assertThat(employee.externalId()).isEqualTo("E1CASHIER0001"));
        assertThat(only(CloverServer.API + "/customers/Q1VSTOMER0001").getRequestUrl().queryParameter("expand"))
                .isEqualTo("emailAddresses,phoneNumbers");
    }

    @Test
    void anotherMerchantsObjectADeletionAndAKindNotKeptFetchNothing() throws Exception {
        assertThat(delivered).filteredOn(named -> "OTHERMERCHANT1".equals(named.account())).singleElement()
                .satisfies(other -> assertThat(handler.fetch(other)).isEmpty());
        assertThat(handler.fetch(named("I", "V33H8XGTZCKNP"))).as("a deleted item").isEmpty();
        assertThat(handler.fetch(new NamedObject(CloverServer.MERCHANT, "UPDATE", "CA", "CASH1"))).isEmpty();
        assertThat(fixture.clover.requests()).isEmpty();
    }

    @Test
    void anIdThatIsNotCloversIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> handler.fetch(new NamedObject(CloverServer.MERCHANT, "UPDATE", "O", "../items")))
                .isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.malformed");
        assertThat(fixture.clover.requests()).isEmpty();
    }

    @Test
    void anObjectGoneByNowFailsTheFetchSoTheInboxTriesItAgainLater() {
        assertThatThrownBy(() -> handler.fetch(new NamedObject(CloverServer.MERCHANT, "UPDATE", "O", "GONE00000001")))
                .isInstanceOf(ConnectorException.class)
                .extracting(e -> ((ConnectorException) e).messageKey()).isEqualTo("pos.error.rejected");
    }

    /** The object of {@code kind} and {@code id} as the delivery names it. */
    private NamedObject named(String kind, String id) {
        return delivered.stream().filter(named -> kind.equals(named.objectType()) && id.equals(named.objectId()))
                .findFirst().orElseThrow();
    }

    private RecordedRequest only(String path) {
        List<RecordedRequest> requests = fixture.clover.requests(path);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = CloverWebhookFetchTest.class.getResourceAsStream("/pos/clover/" + file)) {
            return in.readAllBytes();
        }
    }
}
