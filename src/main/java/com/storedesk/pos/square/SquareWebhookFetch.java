package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a Square notification names, fetched as it stands now: an order (also behind a payment or a
 * refund), a customer, or the location's recently changed stock counts. Objects of another location
 * of the same merchant, deleted customers and events StoreDesk does not keep give nothing; the
 * next pass reconciles whatever a lost notification missed.
 */
final class SquareWebhookFetch implements WebhookEventHandler {

    /** Square's ids are letters, digits, and a few separators; anything else would change the path. */
    private static final Pattern SQUARE_ID = Pattern.compile("[A-Za-z0-9_:\\-]{1,192}");
    /** Counts changed this long before the notification are fetched again, to cover a slow delivery. */
    static final Duration COUNTS_WINDOW = Duration.ofHours(1);

    private final SquareApi api;
    private final String locationId;
    private final String source;
    private final Clock clock;

    SquareWebhookFetch(SquareApi api, String locationId, String source, Clock clock) {
        this.api = api;
        this.locationId = locationId;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public List<RetailEvent> fetch(NamedObject named) throws ConnectorException {
        String type = named.eventType() == null ? "" : named.eventType();
        try {
            if (type.startsWith("order.")) {
                return order(id(named));
            }
            if (type.startsWith("payment.")) {
                return orderOf(api.get("GetPayment", "/v2/payments/" + id(named)).path("payment"));
            }
            if (type.startsWith("refund.")) {
                return orderOf(api.get("GetPaymentRefund", "/v2/refunds/" + id(named)).path("refund"));
            }
            if (type.equals("customer.created") || type.equals("customer.updated")) {
                JsonNode customer = PayloadFields.object(api.get("RetrieveCustomer", "/v2/customers/" + id(named)),
                        "customer", "RetrieveCustomer");
                return List.of(CustomerMapper.customer(source, customer));
            }
            if (type.startsWith("inventory.count.")) {
                return recentCounts();
            }
            return List.of();
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw SquareApi.malformed("webhook " + type, "named something not as documented: " + e.getMessage(), null);
        }
    }

    private List<RetailEvent> orderOf(JsonNode paymentOrRefund) throws ConnectorException {
        String orderId = PayloadFields.optionalText(paymentOrRefund, "order_id");
        return orderId == null ? List.of() : order(checked(orderId));
    }

    private List<RetailEvent> order(String orderId) throws ConnectorException {
        JsonNode order = PayloadFields.object(api.get("RetrieveOrder", "/v2/orders/" + orderId), "order",
                "RetrieveOrder");
        if (!locationId.equals(PayloadFields.optionalText(order, "location_id"))
                || !"COMPLETED".equals(PayloadFields.optionalText(order, "state"))) {
            return List.of();
        }
        return OrderEvents.of(source, order);
    }

    private List<RetailEvent> recentCounts() throws ConnectorException {
        List<RetailEvent> events = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode body = SquareApi.object();
            body.putArray("location_ids").add(locationId);
            body.put("updated_after", clock.instant().minus(COUNTS_WINDOW).toString());
            if (cursor != null) {
                body.put("cursor", cursor);
            }
            JsonNode page = api.post("BatchRetrieveInventoryCounts", "/v2/inventory/counts/batch-retrieve", body);
            for (JsonNode count : PayloadFields.array(page, "counts")) {
                InventoryMapper.count(source, locationId, count).ifPresent(events::add);
            }
            cursor = PayloadFields.optionalText(page, "cursor");
        } while (cursor != null);
        return events;
    }

    private static String id(NamedObject named) {
        if (named.objectId() == null) {
            throw new MalformedPayload("the notification names no object id");
        }
        return checked(named.objectId());
    }

    private static String checked(String id) {
        if (!SQUARE_ID.matcher(id).matches()) {
            throw new MalformedPayload("an id that is not one of Square's");
        }
        return id;
    }
}
