package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * What a Clover webhook names, fetched as it stands now through the REST API and the pull's mappers.
 * Clover names objects by a kind and an id per merchant: {@code O} an order (its sale and refunds),
 * {@code P} a payment (its order), {@code I} an inventory item (its product and, when Clover counts
 * it, its stock), {@code C} a customer, {@code E} an employee. Another merchant's objects, deletions
 * and kinds StoreDesk does not keep give nothing; the next pass reconciles what a lost delivery missed.
 */
final class CloverWebhookFetch implements WebhookEventHandler {

    /** Clover's ids are 13 letters and digits; anything else would change the path. */
    private static final Pattern CLOVER_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    /** The merchant's currency, which the connector knows or asks once. */
    @FunctionalInterface
    interface MerchantCurrency {
        Currency get() throws ConnectorException;
    }

    private final CloverApi api;
    private final HttpUrl merchant;
    private final String merchantId;
    private final String source;
    private final MerchantCurrency currency;
    private final Clock clock;

    CloverWebhookFetch(CloverApi api, CloverSettings settings, String source, MerchantCurrency currency, Clock clock) {
        this.api = api;
        this.merchant = HttpUrl.get(settings.baseUrl() + "/v3/merchants/" + settings.merchantId());
        this.merchantId = settings.merchantId();
        this.source = source;
        this.currency = currency;
        this.clock = clock;
    }

    @Override
    public List<RetailEvent> fetch(NamedObject named) throws ConnectorException {
        if ((named.account() != null && !merchantId.equals(named.account())) || "DELETE".equals(named.eventType())) {
            return List.of();
        }
        String kind = named.objectType() == null ? "" : named.objectType();
        try {
            return switch (kind) {
                case "O" -> order(id(named));
                case "P" -> orderOf(api.get("GetPayment", url("payments", id(named), "order")));
                case "I" -> item(id(named));
                case "C" -> List.of(CustomerMapper.customer(source, api.get("GetCustomer",
                        url("customers", id(named), "emailAddresses,phoneNumbers"))));
                case "E" -> List.of(EmployeeMapper.employee(source, merchantId, api.get("GetEmployee",
                        url("employees", id(named), null))));
                default -> List.of();
            };
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw CloverApi.malformed("webhook " + kind, "named something not as documented: " + e.getMessage());
        }
    }

    private List<RetailEvent> order(String orderId) throws ConnectorException {
        JsonNode order = api.get("GetOrder", url("orders", orderId, PhaseRequests.ORDER_EXPANSIONS));
        List<RetailEvent> events = new ArrayList<>();
        SaleRecorded sale = OrderMapper.sale(source, merchantId, order).orElse(null);
        if (sale != null) {
            events.add(sale);
        }
        events.addAll(RefundMapper.refunds(source, merchantId, order, sale));
        return events;
    }

    private List<RetailEvent> orderOf(JsonNode payment) throws ConnectorException {
        String orderId = CloverJson.reference(payment, "order");
        return orderId == null ? List.of() : order(checked(orderId));
    }

    /** The item as a product, and its stock as of now when Clover tracks it (a stock has no time of its own). */
    private List<RetailEvent> item(String itemId) throws ConnectorException {
        JsonNode item = api.get("GetItem", url("items", itemId, "categories,itemStock"));
        List<RetailEvent> events = new ArrayList<>();
        events.add(ItemMapper.product(source, currency.get(), item));
        JsonNode stock = item.path("itemStock");
        if (stock.isObject()) {
            ObjectNode named = stock.deepCopy();
            if (CloverJson.reference(named, "item") == null) {
                named.putObject("item").put("id", itemId);
            }
            events.add(StockMapper.count(source, merchantId, clock.instant(), named));
        }
        return events;
    }

    private HttpUrl url(String collection, String id, String expand) {
        HttpUrl.Builder url = merchant.newBuilder().addPathSegment(collection).addPathSegment(id);
        return (expand == null ? url : url.addQueryParameter("expand", expand)).build();
    }

    private static String id(NamedObject named) {
        if (named.objectId() == null) {
            throw new MalformedPayload("the delivery names no object id");
        }
        return checked(named.objectId());
    }

    private static String checked(String id) {
        if (!CLOVER_ID.matcher(id).matches()) {
            throw new MalformedPayload("an id that is not one of Clover's");
        }
        return id;
    }
}
