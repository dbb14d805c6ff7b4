package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shopify's REST (and webhook) objects in the shape of the GraphQL answers the connector reads, so one
 * set of mappers serves both and an object reaches StoreDesk with the same ids whichever way it came:
 * REST's numbers become the GIDs GraphQL gives ({@code admin_graphql_api_id} where the object has it),
 * snake_case fields their camelCase names, enums upper case, and a {@code *_set} money bag its
 * {@code shopMoney} (a plain amount in the order's currency where an older object has no bag).
 */
final class RestShapes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Refund restock types that put the goods back on the shelf. */
    private static final Set<String> RESTOCKED = Set.of("return", "cancel", "legacy_restock");

    private RestShapes() {
    }

    /** The GID of a REST object: its own {@code admin_graphql_api_id}, else built from its number. */
    static String gid(JsonNode object, String type, String where) {
        String given = PayloadFields.optionalText(object, "admin_graphql_api_id");
        return given != null ? given : gid(type, number(object, "id", where));
    }

    static String gid(String type, String number) {
        return "gid://shopify/" + type + "/" + number;
    }

    /** A REST id: a JSON number (or, in some older objects, its digits as text); null when absent. */
    static String optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual() && value.asText().matches("\\d+")) {
            return value.asText();
        }
        throw new MalformedPayload(field + " is not a Shopify id");
    }

    static String number(JsonNode node, String field, String where) {
        String id = optionalNumber(node, field);
        if (id == null) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return id;
    }

    /** An order as the Orders query answers it, with its line items and refunds. */
    static ObjectNode order(JsonNode rest) {
        String id = gid(rest, "Order", "order");
        String where = "order " + id;
        String currency = PayloadFields.text(rest, "currency", where);
        ObjectNode order = JSON.objectNode().put("id", id);
        copy(rest, "name", order, "name");
        order.put("test", rest.path("test").asBoolean(false));
        copy(rest, "created_at", order, "createdAt");
        copy(rest, "processed_at", order, "processedAt");
        copy(rest, "updated_at", order, "updatedAt");
        copy(rest, "cancelled_at", order, "cancelledAt");
        String reason = PayloadFields.optionalText(rest, "cancel_reason");
        order.put("cancelReason", reason == null ? null : reason.toUpperCase(Locale.ROOT));
        copy(rest, "source_name", order, "sourceName");
        order.put("currencyCode", currency);
        order.put("taxesIncluded", rest.path("taxes_included").asBoolean(false));
        order.set("retailLocation", reference(rest, "location_id", "Location"));
        order.set("staffMember", reference(rest, "user_id", "StaffMember"));
        JsonNode customer = rest.path("customer");
        order.set("customer", customer.isObject() ? reference(customer, "id", "Customer") : JSON.nullNode());
        order.set("totalTaxSet", money(rest, "total_tax_set", "total_tax", currency, where));
        ArrayNode applications = order.putObject("discountApplications").putArray("nodes");
        List<JsonNode> discounts = PayloadFields.array(rest, "discount_applications");
        for (int index = 0; index < discounts.size(); index++) {
            applications.add(discountApplication(discounts.get(index), index, currency, where));
        }
        ObjectNode lines = order.putObject("lineItems");
        lines.putObject("pageInfo").put("hasNextPage", false);
        ArrayNode items = lines.putArray("nodes");
        for (JsonNode item : PayloadFields.array(rest, "line_items")) {
            items.add(lineItem(item, currency, where));
        }
        ArrayNode transactions = order.putArray("transactions");
        for (JsonNode transaction : PayloadFields.array(rest, "transactions")) {
            transactions.add(transaction(transaction, currency, where));
        }
        ArrayNode refunds = order.putArray("refunds");
        for (JsonNode refund : PayloadFields.array(rest, "refunds")) {
            refunds.add(refund(refund, currency));
        }
        return order;
    }

    private static ObjectNode discountApplication(JsonNode rest, int index, String currency, String where) {
        ObjectNode application = JSON.objectNode().put("index", index);
        application.put("targetSelection", upper(rest, "target_selection"));
        application.put("targetType", upper(rest, "target_type"));
        String value = ShopifyJson.decimal(rest, "value", where + " discount").toPlainString();
        ObjectNode amount = application.putObject("value");
        if ("percentage".equals(PayloadFields.optionalText(rest, "value_type"))) {
            amount.put("percentage", value);
        } else {
            amount.put("amount", value).put("currencyCode", currency);
        }
        copy(rest, "code", application, "code");
        copy(rest, "title", application, "title");
        return application;
    }

    static ObjectNode lineItem(JsonNode rest, String currency, String where) {
        String id = gid(rest, "LineItem", where + " line item");
        ObjectNode item = JSON.objectNode().put("id", id);
        item.set("quantity", rest.path("quantity"));
        item.put("isGiftCard", rest.path("gift_card").asBoolean(false));
        item.set("variant", reference(rest, "variant_id", "ProductVariant"));
        item.set("originalUnitPriceSet", money(rest, "price_set", "price", currency, where + " line item " + id));
        ArrayNode allocations = item.putArray("discountAllocations");
        for (JsonNode allocation : PayloadFields.array(rest, "discount_allocations")) {
            ObjectNode shaped = allocations.addObject();
            shaped.set("allocatedAmountSet", money(allocation, "amount_set", "amount", currency, where + " allocation"));
            shaped.putObject("discountApplication").put("index",
                    allocation.path("discount_application_index").asInt(-1));
        }
        return item;
    }

    private static ObjectNode transaction(JsonNode rest, String currency, String where) {
        ObjectNode transaction = JSON.objectNode().put("id", gid(rest, "OrderTransaction", where + " transaction"));
        transaction.put("kind", upper(rest, "kind"));
        transaction.put("status", upper(rest, "status"));
        copy(rest, "gateway", transaction, "gateway");
        transaction.put("test", rest.path("test").asBoolean(false));
        transaction.set("amountSet", money(rest, "amount_set", "amount", currency, where + " transaction"));
        String company = PayloadFields.optionalText(rest.path("payment_details"), "credit_card_company");
        transaction.putObject("paymentDetails").put("company", company);
        return transaction;
    }

    /** A refund as an order's {@code refunds} entry lists it. */
    static ObjectNode refund(JsonNode rest, String currency) {
        String id = gid(rest, "Refund", "refund");
        String where = "refund " + id;
        ObjectNode refund = JSON.objectNode().put("id", id);
        refund.put("createdAt", PayloadFields.optionalText(rest, "created_at") != null
                ? PayloadFields.optionalText(rest, "created_at") : PayloadFields.optionalText(rest, "processed_at"));
        copy(rest, "note", refund, "note");
        ObjectNode lines = refund.putObject("refundLineItems");
        lines.putObject("pageInfo").put("hasNextPage", false);
        ArrayNode nodes = lines.putArray("nodes");
        for (JsonNode line : PayloadFields.array(rest, "refund_line_items")) {
            ObjectNode shaped = nodes.addObject();
            shaped.set("quantity", line.path("quantity"));
            shaped.put("restocked", RESTOCKED.contains(PayloadFields.optionalText(line, "restock_type")));
            shaped.putObject("lineItem").put("id", gid("LineItem", number(line, "line_item_id", where + " line")));
            shaped.set("subtotalSet", money(line, "subtotal_set", "subtotal", currency, where + " line"));
            shaped.set("totalTaxSet", money(line, "total_tax_set", "total_tax", currency, where + " line"));
        }
        return refund;
    }

    /** The line items a refund names, as line items of an order it stands in for (its order not at hand). */
    static ArrayNode refundedItems(JsonNode rest, String currency) {
        ArrayNode items = JSON.arrayNode();
        for (JsonNode line : PayloadFields.array(rest, "refund_line_items")) {
            JsonNode item = line.path("line_item");
            if (item.isObject()) {
                items.add(lineItem(item, currency, "refund"));
            } else {
                throw new MalformedPayload("refund line " + optionalNumber(line, "id") + " has no line_item");
            }
        }
        return items;
    }

    /** A product's variant as the ProductVariants query answers it (the unit cost is the inventory item's: absent). */
    static ObjectNode variant(JsonNode product, JsonNode variant) {
        String productId = gid(product, "Product", "product");
        ObjectNode shaped = JSON.objectNode().put("id", gid(variant, "ProductVariant", "variant of " + productId));
        copy(variant, "title", shaped, "title");
        copy(variant, "sku", shaped, "sku");
        copy(variant, "barcode", shaped, "barcode");
        shaped.set("price", variant.path("price"));
        ObjectNode owner = shaped.putObject("product").put("id", productId);
        copy(product, "title", owner, "title");
        copy(product, "product_type", owner, "productType");
        owner.put("status", upper(product, "status"));
        return shaped;
    }

    static ObjectNode customer(JsonNode rest) {
        ObjectNode customer = JSON.objectNode().put("id", gid(rest, "Customer", "customer"));
        copy(rest, "first_name", customer, "firstName");
        copy(rest, "last_name", customer, "lastName");
        String email = PayloadFields.optionalText(rest, "email");
        if (email != null) {
            JsonNode consent = rest.path("email_marketing_consent");
            String state = consent.isObject() ? upper(consent, "state")
                    : rest.path("accepts_marketing").asBoolean(false) ? "SUBSCRIBED" : "NOT_SUBSCRIBED";
            customer.putObject("defaultEmailAddress").put("emailAddress", email).put("marketingState", state);
        }
        String phone = PayloadFields.optionalText(rest, "phone");
        if (phone != null) {
            customer.putObject("defaultPhoneNumber").put("phoneNumber", phone);
        }
        return customer;
    }

    /**
     * An inventory level as the InventoryLevels query answers it: REST gives only {@code available}.
     *
     * @param variant the variant the level's inventory item stocks
     */
    static ObjectNode inventoryLevel(JsonNode rest, String variant) {
        String item = number(rest, "inventory_item_id", "inventory level");
        String location = number(rest, "location_id", "inventory level");
        ObjectNode level = JSON.objectNode().put("id", gid("InventoryLevel", location + "?inventory_item_id=" + item));
        copy(rest, "updated_at", level, "updatedAt");
        level.putArray("quantities").addObject().put("name", "available").set("quantity", rest.path("available"));
        level.putObject("item").put("id", gid("InventoryItem", item)).putObject("variant").put("id", variant);
        return level;
    }

    /** A location with its shop, as the StoreLocation query answers them. */
    static ObjectNode storeLocation(JsonNode shop, JsonNode rest) {
        ObjectNode data = JSON.objectNode();
        data.set("shop", shop);
        ObjectNode location = data.putObject("location").put("id", gid(rest, "Location", "location"));
        copy(rest, "name", location, "name");
        location.put("isActive", rest.path("active").asBoolean(true));
        ObjectNode address = location.putObject("address");
        copy(rest, "city", address, "city");
        copy(rest, "province_code", address, "provinceCode");
        copy(rest, "country_code", address, "countryCode");
        return data;
    }

    /** A REST shop as the StoreLocation query's {@code shop}. */
    static ObjectNode shop(JsonNode rest) {
        ObjectNode shop = JSON.objectNode();
        copy(rest, "name", shop, "name");
        copy(rest, "currency", shop, "currencyCode");
        copy(rest, "iana_timezone", shop, "ianaTimezone");
        return shop;
    }

    /** {@code {id}} of the object a REST id field names, or JSON null when it names none. */
    private static JsonNode reference(JsonNode rest, String field, String type) {
        String id = optionalNumber(rest, field);
        return id == null ? JSON.nullNode() : JSON.objectNode().put("id", gid(type, id));
    }

    /** A money bag: the REST bag's shop money, else the plain amount in {@code currency}; JSON null when neither. */
    private static JsonNode money(JsonNode rest, String bag, String plain, String currency, String where) {
        JsonNode shopMoney = rest.path(bag).path("shop_money");
        ObjectNode money = JSON.objectNode();
        if (shopMoney.isObject()) {
            money.putObject("shopMoney").put("amount", ShopifyJson.decimal(shopMoney, "amount", where).toPlainString())
                    .put("currencyCode", PayloadFields.text(shopMoney, "currency_code", where));
            return money;
        }
        JsonNode amount = rest.path(plain);
        if (amount.isMissingNode() || amount.isNull()) {
            return JSON.nullNode();
        }
        money.putObject("shopMoney").put("amount", ShopifyJson.decimal(rest, plain, where).toPlainString())
                .put("currencyCode", currency);
        return money;
    }

    private static String upper(JsonNode rest, String field) {
        String value = PayloadFields.optionalText(rest, field);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode value = from.get(field);
        to.set(as, value == null ? JSON.nullNode() : value);
    }
}
