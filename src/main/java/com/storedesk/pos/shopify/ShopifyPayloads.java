package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.SavedDocuments;
import com.storedesk.pos.SavedPayloads;
import com.storedesk.pos.UnreadablePayloadException;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shopify documents saved to files, as canonical events: the answers of the connector's own GraphQL
 * queries ({@code {"data": ...}}, see {@link PhaseQueries}), and the REST answers and webhook bodies
 * Shopify documents (order, refund, inventory level, product, customer, location, shop), which
 * {@link RestShapes} turns into the GraphQL shape so the pull's mappers read both and an object keeps
 * one id, its GID, however it arrived.
 *
 * <p>The source is the shop, which only the shop's own answer names: the StoreLocation answer
 * ({@code shop.myshopifyDomain}) or {@code GET /admin/api/2025-01/shop.json}. Variants need the shop's
 * currency; a location's answer needs its shop before it. As the pull, only point-of-sale orders are
 * sales (the pull asks for {@code source_name:pos}): an online order is left out and said so.
 */
public final class ShopifyPayloads implements SavedPayloads {

    private static final String SHOP_ANSWER = "the shop's answer (the StoreLocation query, or GET"
            + " /admin/api/2025-01/shop.json)";
    private static final String LOCATION_ANSWER = "the location's answer (the StoreLocation query, or GET"
            + " /admin/api/2025-01/locations/ID.json)";
    private static final String PRODUCT_ANSWER = "the product's answer (GET /admin/api/2025-01/products/ID.json)";
    private static final String POINT_OF_SALE = "pos";

    private Known known = new Known();

    /** What earlier documents of the import told, kept only when the document telling it was read whole. */
    private static final class Known {
        String shop;
        ObjectNode shopFields;
        Currency currency;
        boolean taxesIncluded;
        String location;
        final Map<String, ObjectNode> orders = new HashMap<>();
        final Map<String, String> storeOfOrder = new HashMap<>();
        final Set<String> leftOut = new HashSet<>();
        final Map<String, String> variantOfItem = new HashMap<>();

        Known copy() {
            Known copy = new Known();
            copy.shop = shop;
            copy.shopFields = shopFields;
            copy.currency = currency;
            copy.taxesIncluded = taxesIncluded;
            copy.location = location;
            copy.orders.putAll(orders);
            copy.storeOfOrder.putAll(storeOfOrder);
            copy.leftOut.addAll(leftOut);
            copy.variantOfItem.putAll(variantOfItem);
            return copy;
        }
    }

    @Override
    public Reading read(JsonNode document) throws UnreadablePayloadException {
        if (!document.isObject()) {
            throw new UnreadablePayloadException("a Shopify answer is a JSON object");
        }
        Known before = known.copy();
        SavedDocuments read = new SavedDocuments();
        try {
            SavedDocuments.mapped("Shopify", MalformedPayload.class, () -> map(document, read));
        } catch (UnreadablePayloadException | RuntimeException e) {
            known = before;
            throw e;
        }
        return read.reading();
    }

    private void map(JsonNode document, SavedDocuments read) throws UnreadablePayloadException {
        JsonNode errors = document.path("errors");
        if (!errors.isMissingNode() && !onlyStaffDenied(document)) {
            throw SavedDocuments.errorAnswer("Shopify", errors.isArray()
                    ? errors.path(0).path("extensions").path("code").asText("no code") : "REST " + errorKind(errors));
        }
        if (document.path("data").isObject()) {
            graphQl(document.get("data"), read);
        } else {
            rest(document, read);
        }
        if (read.isEmpty() && !SavedDocuments.holdsList(document, "orders", "refunds", "products", "customers",
                "inventory_levels", "locations") && !document.path("data").isObject() && !document.has("shop")) {
            throw new UnreadablePayloadException("no Shopify object StoreDesk reads (shop, location, product, customer,"
                    + " inventory level, order or refund) is in it");
        }
    }

    /**
     * An Orders answer of a shop without the {@code read_users} scope: its orders whole, each
     * {@code staffMember} denied. The pull keeps those orders without a cashier, and so does the import.
     */
    private static boolean onlyStaffDenied(JsonNode document) {
        JsonNode errors = document.path("errors");
        if (!document.path("data").isObject() || !errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            JsonNode path = error.path("path");
            if (!"ACCESS_DENIED".equals(error.path("extensions").path("code").asText())
                    || !"staffMember".equals(path.path(path.size() - 1).asText())) {
                return false;
            }
        }
        return true;
    }

    private void graphQl(JsonNode data, SavedDocuments read) throws UnreadablePayloadException {
        boolean answered = false;
        if (data.path("shop").isObject() && data.path("location").path("id").isTextual()) {
            shop(data.get("shop").path("myshopifyDomain").asText(null), (ObjectNode) data.get("shop"));
            read.add(location(data));
            answered = true;
        }
        if (data.has("staffMembers")) {
            String source = source("staff members");
            ShopifyJson.nodes(data, "staffMembers", "StaffMembers")
                    .forEach(member -> read.add(StaffMapper.employee(source, member)));
            answered = true;
        }
        if (data.has("productVariants")) {
            VariantMapper variants = variants("product variants");
            read.addAll(variants.standIns());
            ShopifyJson.nodes(data, "productVariants", "ProductVariants")
                    .forEach(variant -> read.add(variants.product(variant)));
            answered = true;
        }
        if (data.has("customers")) {
            String source = source("customers");
            ShopifyJson.nodes(data, "customers", "Customers")
                    .forEach(customer -> read.add(CustomerMapper.customer(source, customer)));
            answered = true;
        }
        if (data.path("location").has("inventoryLevels")) {
            String source = source("inventory levels");
            for (JsonNode level : ShopifyJson.nodes(data.get("location"), "inventoryLevels", "InventoryLevels")) {
                InventoryMapper.count(source, locationOfLevel(level), level).ifPresent(read::add);
            }
            answered = true;
        }
        if (data.has("orders")) {
            for (JsonNode order : ShopifyJson.nodes(data, "orders", "Orders")) {
                order((ObjectNode) order, read);
            }
            answered = true;
        }
        if (!answered) {
            throw new UnreadablePayloadException("no answer of a query StoreDesk sends (StoreLocation, StaffMembers,"
                    + " ProductVariants, Customers, InventoryLevels or Orders) is in it");
        }
    }

    private void rest(JsonNode document, SavedDocuments read) throws UnreadablePayloadException {
        if (document.has("id") || document.has("inventory_item_id")) {
            webhookBody(document, read);
            return;
        }
        if (document.path("shop").isObject()) {
            JsonNode shop = document.get("shop");
            shop(PayloadFields.text(shop, "myshopify_domain", "shop"), RestShapes.shop(shop));
            known.taxesIncluded = shop.path("taxes_included").asBoolean(false);
        }
        for (JsonNode location : SavedDocuments.listOrOne(document, "locations", "location")) {
            read.add(location(RestShapes.storeLocation(requireShop("a location"), location)));
        }
        for (JsonNode product : SavedDocuments.listOrOne(document, "products", "product")) {
            product(product, read);
        }
        for (JsonNode customer : SavedDocuments.listOrOne(document, "customers", "customer")) {
            read.add(CustomerMapper.customer(source("customers"), RestShapes.customer(customer)));
        }
        for (JsonNode level : SavedDocuments.listOrOne(document, "inventory_levels", "inventory_level")) {
            inventoryLevel(level, read);
        }
        for (JsonNode order : SavedDocuments.listOrOne(document, "orders", "order")) {
            restOrder(order, read);
        }
        for (JsonNode refund : SavedDocuments.listOrOne(document, "refunds", "refund")) {
            refund(refund, read);
        }
    }

    /**
     * A webhook's body is the bare object (an answer wraps it, and never has an id of its own); which one
     * it is shows in the fields only it has.
     */
    private void webhookBody(JsonNode body, SavedDocuments read) throws UnreadablePayloadException {
        if (body.has("line_items") && body.has("currency")) {
            restOrder(body, read);
        } else if (body.has("refund_line_items") && body.has("order_id")) {
            refund(body, read);
        } else if (body.has("inventory_item_id") && body.has("location_id")) {
            inventoryLevel(body, read);
        } else if (body.path("variants").isArray() && body.has("title")) {
            product(body, read);
        } else if (body.has("id") && (body.has("email_marketing_consent") || body.has("first_name")
                || body.has("orders_count"))) {
            read.add(CustomerMapper.customer(source("a customer"), RestShapes.customer(body)));
        }
    }

    private void shop(String domain, ObjectNode fields) throws UnreadablePayloadException {
        String name = domain == null ? known.shop : subdomain(domain);
        if (name == null) {
            throw new UnreadablePayloadException("the StoreLocation answer names no shop (shop.myshopifyDomain): save"
                    + " it with the query as StoreDesk sends it, or import the shop's answer (GET"
                    + " /admin/api/2025-01/shop.json) first, in the same command");
        }
        known.shop = name;
        known.shopFields = fields.deepCopy();
        known.shopFields.remove("myshopifyDomain");
        known.currency = ShopifyJson.currency(fields, "currencyCode", "shop");
    }

    private StoreUpserted location(JsonNode data) throws UnreadablePayloadException {
        StoreUpserted store = LocationMapper.store(source("a location"), data);
        known.location = store.externalId();
        return store;
    }

    private void product(JsonNode product, SavedDocuments read) throws UnreadablePayloadException {
        VariantMapper variants = variants("a product");
        read.addAll(variants.standIns());
        for (JsonNode variant : PayloadFields.array(product, "variants")) {
            ObjectNode shaped = RestShapes.variant(product, variant);
            read.add(variants.product(shaped));
            String item = RestShapes.optionalNumber(variant, "inventory_item_id");
            if (item != null) {
                known.variantOfItem.put(item, shaped.get("id").asText());
            }
        }
    }

    private void inventoryLevel(JsonNode level, SavedDocuments read) throws UnreadablePayloadException {
        String item = RestShapes.number(level, "inventory_item_id", "inventory level");
        String variant = SavedDocuments.require(known.variantOfItem.get(item), "inventory item " + item,
                "product variant", PRODUCT_ANSWER);
        if (level.path("available").isNull()) {
            return;  // not tracked at this location: no level to keep
        }
        String location = RestShapes.gid("Location", RestShapes.number(level, "location_id", "inventory level"));
        InventoryMapper.count(source("inventory levels"), location, RestShapes.inventoryLevel(level, variant))
                .ifPresent(read::add);
    }

    /** A REST order carries its customer whole: kept as of the order, as the pull keeps a Lightspeed sale's. */
    private void restOrder(JsonNode rest, SavedDocuments read) throws UnreadablePayloadException {
        ObjectNode order = RestShapes.order(rest);
        JsonNode customer = rest.path("customer");
        String sourceName = PayloadFields.optionalText(order, "sourceName");
        boolean pointOfSale = sourceName == null || sourceName.equals(POINT_OF_SALE);
        if (pointOfSale && customer.isObject() && customer.has("id")) {
            read.add(CustomerMapper.customer(source("orders"), RestShapes.customer(customer)));
        }
        order(order, read);
    }

    /**
     * An order in the GraphQL shape: a sale and its refunds when it is a point-of-sale order whole in the
     * document; left out, and said so, as the pull leaves it out, otherwise.
     */
    private void order(ObjectNode order, SavedDocuments read) throws UnreadablePayloadException {
        String id = PayloadFields.text(order, "id", "order");
        String sourceName = PayloadFields.optionalText(order, "sourceName");
        if (sourceName != null && !sourceName.equals(POINT_OF_SALE)) {
            known.leftOut.add(id);
            read.note(Kind.NOT_POINT_OF_SALE, 1);
            return;
        }
        requireWhole(order, id);
        String location = ShopifyJson.optionalId(order, "retailLocation");
        String store = location != null ? location
                : SavedDocuments.require(known.location, "order " + id, "location", LOCATION_ANSWER);
        String source = source("orders");
        Optional<SaleRecorded> sale = SaleMapper.sale(source, store, order);
        if (sale.isEmpty()) {
            read.note(Kind.NOT_A_SALE, 1);
            return;
        }
        read.add(sale.get());
        read.addAll(RefundMapper.refunds(source, store, order));
        known.orders.put(id, order);
        known.storeOfOrder.put(id, store);
        known.leftOut.remove(id);
    }

    /** An answer holding only the first page of an order's lines would make a sale with lines missing. */
    private static void requireWhole(JsonNode order, String id) throws UnreadablePayloadException {
        boolean cut = order.path("lineItems").path("pageInfo").path("hasNextPage").asBoolean(false);
        for (JsonNode refund : order.path("refunds")) {
            cut |= refund.path("refundLineItems").path("pageInfo").path("hasNextPage").asBoolean(false);
        }
        if (cut) {
            throw new UnreadablePayloadException("order " + id + " has more line items than the answer holds"
                    + " (pageInfo.hasNextPage): save the order with all its lines");
        }
    }

    /**
     * A refund on its own (its REST answer or refunds/create body). With its order read earlier in the
     * import its lines are the sale's lines; without, it names no sale line (only the order knows the
     * positions) and counts for the location imported earlier.
     */
    private void refund(JsonNode rest, SavedDocuments read) throws UnreadablePayloadException {
        String orderId = RestShapes.gid("Order", RestShapes.number(rest, "order_id", "refund"));
        if (known.leftOut.contains(orderId) && !known.orders.containsKey(orderId)) {
            read.note(Kind.NOT_POINT_OF_SALE, 1);
            return;
        }
        String source = source("a refund");
        String currency = known.currency.getCurrencyCode();
        ObjectNode refund = RestShapes.refund(rest, currency);
        ObjectNode order = known.orders.get(orderId);
        boolean linesKnown = order != null;
        String store;
        if (linesKnown) {
            order = order.deepCopy();
            store = known.storeOfOrder.get(orderId);
        } else {
            store = SavedDocuments.require(known.location, "a refund of an order not imported", "location",
                    LOCATION_ANSWER + " or the order's");
            order = JsonNodeFactory.instance.objectNode().put("id", orderId).put("currencyCode", currency)
                    .put("taxesIncluded", known.taxesIncluded);
            order.putObject("lineItems").set("nodes", RestShapes.refundedItems(rest, currency));
        }
        order.putArray("refunds").add(refund);
        for (RefundRecorded recorded : RefundMapper.refunds(source, store, order)) {
            read.add(linesKnown ? recorded : withoutSaleLines(recorded));
        }
    }

    private static RefundRecorded withoutSaleLines(RefundRecorded refund) {
        List<RefundRecorded.Line> lines = refund.lines().stream().map(line -> new RefundRecorded.Line(line.lineNo(),
                null, line.productExternalId(), line.quantity(), line.amountMinor(), line.restocked())).toList();
        return new RefundRecorded(refund.source(), refund.externalId(), refund.originalSaleExternalId(),
                refund.storeExternalId(), refund.employeeExternalId(), refund.occurredAt(), refund.currency(),
                refund.amountMinor(), refund.reason(), lines);
    }

    /** The location an inventory level's GID names ({@code InventoryLevel/<location>?inventory_item_id=}). */
    private String locationOfLevel(JsonNode level) throws UnreadablePayloadException {
        String id = PayloadFields.text(level, "id", "inventory level");
        int start = "gid://shopify/InventoryLevel/".length();
        int end = id.indexOf('?');
        if (id.startsWith("gid://shopify/InventoryLevel/") && end > start) {
            return RestShapes.gid("Location", id.substring(start, end));
        }
        return SavedDocuments.require(known.location, "inventory levels", "location", LOCATION_ANSWER);
    }

    private VariantMapper variants(String what) throws UnreadablePayloadException {
        return new VariantMapper(source(what), SavedDocuments.require(known.currency, what, "shop currency",
                SHOP_ANSWER));
    }

    private ObjectNode requireShop(String what) throws UnreadablePayloadException {
        return SavedDocuments.require(known.shopFields, what, "shop", SHOP_ANSWER);
    }

    private String source(String what) throws UnreadablePayloadException {
        return "shopify:" + SavedDocuments.require(known.shop, what, "shop", SHOP_ANSWER);
    }

    private static String subdomain(String domain) throws UnreadablePayloadException {
        String name = domain.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".myshopify.com")) {
            name = name.substring(0, name.length() - ".myshopify.com".length());
        }
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new UnreadablePayloadException("the shop's myshopify domain is not one");
        }
        return name;
    }

    /** What kind of REST error it is, never its text beyond a short code. */
    private static String errorKind(JsonNode errors) {
        String text = errors.isTextual() ? errors.asText() : errors.isObject() ? "on fields" : "";
        return text.length() <= 40 && text.matches("[\\w \\[\\]().-]*") ? text : "see the answer";
    }
}
