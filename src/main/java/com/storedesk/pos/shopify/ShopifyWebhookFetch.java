package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.webhook.NamedObject;
import com.storedesk.pos.webhook.WebhookEventHandler;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Shopify webhook names, fetched as it stands now through the pull's own GraphQL fields and
 * mappers: an order (also behind a refund) as its sale and refunds, a product's variants, a customer,
 * an inventory item's variant, or a stock level. The delivery names the object by its topic
 * ({@code orders/create}) and number; its GID ({@code admin_graphql_api_id}) is that number under the
 * topic's type, so it is rebuilt here rather than trusted from the body.
 *
 * <p>A connection keeps to its own shop and location: another shop's delivery, an order that is not
 * a point-of-sale order of this location, or another location's stock gives nothing, and so do
 * deletions, test orders and objects gone by now. The next pass reconciles what a lost delivery missed.
 */
final class ShopifyWebhookFetch implements WebhookEventHandler {

    static final String ORDER = "WebhookOrder";
    static final String REFUND = "WebhookRefund";
    static final String CUSTOMER = "WebhookCustomer";
    static final String INVENTORY_LEVEL = "WebhookInventoryLevel";
    static final String INVENTORY_ITEM = "WebhookInventoryItem";

    private static final String ORDER_QUERY = """
            query WebhookOrder($id: ID!) {
              order(id: $id) { %s }
            }""".formatted(PhaseQueries.ORDER_FIELDS);
    private static final String REFUND_QUERY = """
            query WebhookRefund($id: ID!) {
              refund(id: $id) { order { %s } }
            }""".formatted(PhaseQueries.ORDER_FIELDS);
    private static final String CUSTOMER_QUERY = """
            query WebhookCustomer($id: ID!) {
              customer(id: $id) { %s }
            }""".formatted(PhaseQueries.CUSTOMER_FIELDS);
    private static final String INVENTORY_LEVEL_QUERY = """
            query WebhookInventoryLevel($locationId: ID!, $itemId: ID!) {
              location(id: $locationId) {
                inventoryLevel(inventoryItemId: $itemId) { %s }
              }
            }""".formatted(PhaseQueries.INVENTORY_LEVEL_FIELDS);
    private static final String INVENTORY_ITEM_QUERY = """
            query WebhookInventoryItem($id: ID!) {
              inventoryItem(id: $id) { variant { %s } }
            }""".formatted(PhaseQueries.VARIANT_FIELDS);

    /** Shopify's REST ids, which webhooks carry, are numbers; anything else would change the GID. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,20}");
    private static final String MYSHOPIFY = ".myshopify.com";

    /** The shop's currency, which the connector knows or asks once. */
    @FunctionalInterface
    interface ShopCurrency {
        Currency get() throws ConnectorException;
    }

    private final ShopifyApi api;
    private final ShopifySettings settings;
    private final String source;
    private final OrderRemainder remainder;
    private final ShopCurrency currency;

    ShopifyWebhookFetch(ShopifyApi api, ShopifySettings settings, String source, ShopCurrency currency) {
        this.api = api;
        this.settings = settings;
        this.source = source;
        this.remainder = new OrderRemainder(api);
        this.currency = currency;
    }

    @Override
    public List<RetailEvent> fetch(NamedObject named) throws ConnectorException {
        String topic = named.eventType() == null ? "" : named.eventType();
        if (!ownShop(named.account()) || topic.endsWith("/delete")) {
            return List.of();
        }
        try {
            return switch (named.objectType() == null ? "" : named.objectType()) {
                case "orders" -> order(ORDER, ORDER_QUERY, gid("Order", named), data -> data.path("order"));
                case "refunds" -> order(REFUND, REFUND_QUERY, gid("Refund", named),
                        data -> data.path("refund").path("order"));
                case "products" -> variants(number(named.objectId()));
                case "customers" -> customer(gid("Customer", named));
                case "inventory_items" -> inventoryItem(gid("InventoryItem", named));
                case "inventory_levels" -> inventoryLevel(named.objectId());
                default -> List.of();
            };
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw ShopifyApi.malformed("webhook " + topic, "named something not as documented: " + e.getMessage(),
                    null);
        }
    }

    /** A sale of this location's till, with its refunds; nothing for a web order or another location's. */
    private List<RetailEvent> order(String operation, String query, String id, OrderIn orderIn)
            throws ConnectorException {
        JsonNode data = api.query(operation, query, ShopifyApi.object().put("id", id),
                ShopifyApi.ErrorFilter.onField("ACCESS_DENIED", "staffMember"));
        JsonNode order = orderIn.find(data);
        if (!order.isObject() || !"pos".equalsIgnoreCase(PayloadFields.optionalText(order, "sourceName"))
                || !settings.locationId().equals(ShopifyJson.optionalId(order, "retailLocation"))) {
            return List.of();
        }
        remainder.completeOrder(order);
        List<RetailEvent> events = new ArrayList<>();
        SaleMapper.sale(source, settings.locationId(), order).ifPresent(sale -> {
            events.add(sale);
            events.addAll(RefundMapper.refunds(source, settings.locationId(), order));
        });
        return events;
    }

    /** Every variant of the product, through the pull's own variants query. */
    private List<RetailEvent> variants(String product) throws ConnectorException {
        VariantMapper mapper = new VariantMapper(source, currency.get());
        List<RetailEvent> events = new ArrayList<>();
        String after = null;
        do {
            ObjectNode variables = ShopifyApi.object().put("first", PhaseQueries.VARIANT_PAGE)
                    .put("query", "product_id:" + product);
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode data = api.query(Phase.PRODUCTS.operation, PhaseQueries.VARIANTS, variables);
            ShopifyJson.nodes(data, "productVariants", "productVariants")
                    .forEach(variant -> events.add(mapper.product(variant)));
            JsonNode pageInfo = data.path("productVariants").path("pageInfo");
            after = pageInfo.path("hasNextPage").asBoolean(false)
                    ? PayloadFields.text(pageInfo, "endCursor", "productVariants pageInfo") : null;
        } while (after != null);
        return events;
    }

    private List<RetailEvent> customer(String id) throws ConnectorException {
        JsonNode customer = api.query(CUSTOMER, CUSTOMER_QUERY, ShopifyApi.object().put("id", id)).path("customer");
        return customer.isObject() ? List.of(CustomerMapper.customer(source, customer)) : List.of();
    }

    /** The item's variant as a product: its cost or SKU changed. */
    private List<RetailEvent> inventoryItem(String id) throws ConnectorException {
        JsonNode variant = api.query(INVENTORY_ITEM, INVENTORY_ITEM_QUERY, ShopifyApi.object().put("id", id))
                .path("inventoryItem").path("variant");
        return variant.isObject() ? List.of(new VariantMapper(source, currency.get()).product(variant)) : List.of();
    }

    /** {@code <inventory item>@<location>}, as the delivery reader names a level; only this location's. */
    private List<RetailEvent> inventoryLevel(String named) throws ConnectorException {
        int at = named == null ? -1 : named.indexOf('@');
        if (at < 0) {
            throw new MalformedPayload("an inventory level not named <item>@<location>");
        }
        String item = number(named.substring(0, at));
        if (!number(named.substring(at + 1)).equals(settings.locationNumber())) {
            return List.of();
        }
        ObjectNode variables = ShopifyApi.object().put("locationId", settings.locationId())
                .put("itemId", "gid://shopify/InventoryItem/" + item);
        JsonNode level = api.query(INVENTORY_LEVEL, INVENTORY_LEVEL_QUERY, variables).path("location")
                .path("inventoryLevel");
        if (!level.isObject()) {
            return List.of();
        }
        return InventoryMapper.count(source, settings.locationId(), level).<List<RetailEvent>>map(List::of)
                .orElse(List.of());
    }

    /** Whether a delivery of {@code shop} (its myshopify domain, as Shopify's header gives it) is this shop's. */
    private boolean ownShop(String shop) {
        if (shop == null) {
            return true;
        }
        String name = shop.strip().toLowerCase(Locale.ROOT);
        return settings.shop().equals(name.endsWith(MYSHOPIFY) ? name.substring(0, name.length() - MYSHOPIFY.length())
                : name);
    }

    private static String gid(String type, NamedObject named) {
        return "gid://shopify/" + type + "/" + number(named.objectId());
    }

    private static String number(String id) {
        if (id == null || !NUMBER.matcher(id).matches()) {
            throw new MalformedPayload("a Shopify id that is not a number");
        }
        return id;
    }

    /** Where an answer keeps the order. */
    @FunctionalInterface
    private interface OrderIn {
        JsonNode find(JsonNode data);
    }
}
