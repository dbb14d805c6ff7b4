package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.AppliedKeys;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.WriteBackSupport;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Approved changes applied to a Lightspeed Retail (R-Series) account through API V3:
 *
 * <ul>
 *   <li>a new regular price: the Item's "Default" ItemPrice ({@code PUT Item/{itemID}.json}, the
 *       item's other price levels sent back as they were); the price is the account's, for every shop;
 *   <li>a stock adjustment: the quantity on hand of the item's ItemShop for the shop, through the
 *       same Item PUT (Lightspeed sets an absolute {@code qoh} and has no adjustment resource);
 *   <li>a purchase order: an {@code Order} for the shop and the vendor (found by name) with one
 *       {@code OrderLine} per product, its {@code refNum} the action's idempotency key. The order
 *       arrives open in Lightspeed; it is sent to the vendor from there.
 * </ul>
 *
 * Items are found by custom SKU, then system SKU, then, as the item mapping names an item without
 * a SKU by its id, by itemID. Lightspeed accepts no idempotency key, so a key is kept in the
 * {@link AppliedKeys} once Lightspeed confirmed it, and a purchase order is first looked for by its
 * refNum: a resend after a crash finds it and adds only the lines it lacks. Discounts and timed
 * prices are refused ({@link WriteBackSupport#LIGHTSPEED} says why).
 */
final class LightspeedWriteBack {

    /** The account's currency, asked of Lightspeed once. */
    @FunctionalInterface
    interface AccountCurrency {
        Currency get() throws ConnectorException;
    }

    private static final WriteBackSupport PLATFORM = WriteBackSupport.LIGHTSPEED;
    private static final String ITEM_SHOPS = "load_relations=" + encode("[\"ItemShops\"]");

    private final LightspeedApi api;
    private final String accountId;
    private final String accountPath;
    private final AppliedKeys applied;
    private final AccountCurrency currency;
    private final Set<String> knownShops = new HashSet<>();

    LightspeedWriteBack(LightspeedApi api, String accountId, AppliedKeys applied, AccountCurrency currency) {
        this.api = api;
        this.accountId = accountId;
        this.accountPath = "/API/V3/Account/" + accountId;
        this.applied = applied;
        this.currency = currency;
    }

    ExecutionResult execute(ActionCommand command) throws ConnectorException {
        ChangeKind kind = ChangeKind.of(command.change());
        if (!PLATFORM.applies(kind)) {
            return PLATFORM.refusal(kind);
        }
        String key = command.idempotencyKey();
        if (applied.applied(key)) {
            return ExecutionResult.alreadyApplied();
        }
        try {
            String shop = command.storeExternalId();
            if (!isShop(shop)) {
                return ExecutionResult.refused("This Lightspeed connection is for account " + accountId
                        + ", which has no shop " + shop);
            }
            Applied result = apply(key, shop, command.change());
            if (result.outcome.inEffect()) {
                applied.record(key, kind + " " + result.what);
            }
            return result.outcome;
        } catch (LightspeedRefusal refusal) {
            return ExecutionResult.refused(refusal.getMessage());
        } catch (MalformedPayload e) {
            throw LightspeedApi.malformed("Item", "answered something that is not as documented: " + e.getMessage());
        }
    }

    private Applied apply(String key, String shop, ActionCommand.Change change) throws ConnectorException {
        if (change instanceof ActionCommand.PermanentPrice price) {
            return price(price);
        }
        if (change instanceof ActionCommand.StockAdjustment adjustment) {
            return adjust(shop, adjustment);
        }
        return order(key, shop, (ActionCommand.PurchaseOrder) change);
    }

    private Applied price(ActionCommand.PermanentPrice price) throws ConnectorException {
        JsonNode item = item(price.sku());
        if (item == null) {
            return Applied.refused(noItem(price.sku()));
        }
        BigDecimal amount = BigDecimal.valueOf(price.priceMinor(), Math.max(0, currency.get().getDefaultFractionDigits()));
        String itemId = LightspeedJson.text(item, "itemID", "item");
        ArrayNode prices = JsonNodeFactory.instance.arrayNode();
        boolean found = false;
        for (JsonNode level : LightspeedJson.nested(item, "Prices", "ItemPrice")) {
            ObjectNode copy = prices.addObject();
            copy.put("amount", LightspeedJson.text(level, "amount", "item price"));
            copy.put("useTypeID", LightspeedJson.optionalText(level, "useTypeID"));
            copy.put("useType", LightspeedJson.optionalText(level, "useType"));
            if (isDefault(level)) {
                if (LightspeedJson.decimal(level, "amount", "item price").compareTo(amount) == 0) {
                    return new Applied(ExecutionResult.alreadyApplied(), "item " + itemId);
                }
                copy.put("amount", amount.toPlainString());
                found = true;
            }
        }
        if (!found) {
            prices.addObject().put("amount", amount.toPlainString()).put("useTypeID", "1").put("useType", "Default");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("Prices").set("ItemPrice", prices);
        api.put("Item", accountPath + "/Item/" + itemId + ".json", body);
        return Applied.done("item " + itemId);
    }

    /**
     * Lightspeed stores an absolute quantity on hand, so the adjustment is read, added and written
     * back. The read is the item lookup just before the write, so only a sale rung up in the moment
     * between the two is overwritten: its unit is then missing from the level until the next count,
     * which is what a count adjustment corrects anyway. Lightspeed documents no conditional update
     * that would let the write fail instead.
     */
    private Applied adjust(String shop, ActionCommand.StockAdjustment adjustment) throws ConnectorException {
        if (adjustment.delta().signum() == 0) {
            return Applied.done("nothing");
        }
        if (adjustment.delta().stripTrailingZeros().scale() > 0) {
            return Applied.refused("Lightspeed counts stock in whole units; cannot adjust by " + adjustment.delta());
        }
        JsonNode item = item(adjustment.sku());
        if (item == null) {
            return Applied.refused(noItem(adjustment.sku()));
        }
        String itemId = LightspeedJson.text(item, "itemID", "item");
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        BigDecimal onHand = BigDecimal.ZERO;
        for (JsonNode itemShop : LightspeedJson.nested(item, "ItemShops", "ItemShop")) {
            if (shop.equals(LightspeedJson.optionalText(itemShop, "shopID"))) {
                row.put("itemShopID", LightspeedJson.text(itemShop, "itemShopID", "item shop"));
                onHand = LightspeedJson.decimal(itemShop, "qoh", "item shop");
            }
        }
        if (!row.has("itemShopID")) {
            row.put("shopID", shop);
        }
        row.put("qoh", onHand.add(adjustment.delta()).stripTrailingZeros().toPlainString());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("ItemShops").putArray("ItemShop").add(row);
        api.put("Item", accountPath + "/Item/" + itemId + ".json", body);
        return Applied.done("item " + itemId + " shop " + shop);
    }

    private Applied order(String key, String shop, ActionCommand.PurchaseOrder order) throws ConnectorException {
        List<String[]> lines = new ArrayList<>();
        for (ActionCommand.OrderLine line : order.lines()) {
            if (line.quantity().signum() <= 0 || line.quantity().stripTrailingZeros().scale() > 0) {
                return Applied.refused("Lightspeed orders whole units; cannot order " + line.quantity() + " of "
                        + line.sku());
            }
            JsonNode item = item(line.sku());
            if (item == null) {
                return Applied.refused(noItem(line.sku()));
            }
            lines.add(new String[] {LightspeedJson.text(item, "itemID", "item"),
                    line.quantity().stripTrailingZeros().toPlainString()});
        }
        String vendorId = vendor(order.supplier());
        if (vendorId == null) {
            return Applied.refused("Lightspeed has no vendor named " + order.supplier()
                    + "; add the vendor in Lightspeed or order by hand");
        }
        JsonNode existing = first(api.get("Order", accountPath + "/Order.json?refNum=" + encode(key)
                + "&load_relations=" + encode("[\"OrderLines\"]")), "Order");
        String orderId;
        Set<String> ordered = new HashSet<>();
        if (existing != null) {
            orderId = LightspeedJson.text(existing, "orderID", "order");
            LightspeedJson.nested(existing, "OrderLines", "OrderLine")
                    .forEach(line -> ordered.add(LightspeedJson.optionalText(line, "itemID")));
        } else {
            ObjectNode create = JsonNodeFactory.instance.objectNode().put("vendorID", vendorId).put("shopID", shop)
                    .put("refNum", key);
            orderId = LightspeedJson.text(api.post("Order", accountPath + "/Order.json", create).path("Order"),
                    "orderID", "order");
        }
        for (String[] line : lines) {
            if (ordered.add(line[0])) {
                api.post("OrderLine", accountPath + "/OrderLine.json", JsonNodeFactory.instance.objectNode()
                        .put("orderID", orderId).put("itemID", line[0]).put("quantity", line[1]));
            }
        }
        return Applied.done("order " + orderId);
    }

    private String vendor(String name) throws ConnectorException {
        JsonNode answer = api.get("Vendor", accountPath + "/Vendor.json?name=" + encode(name));
        for (JsonNode vendor : LightspeedJson.elements(answer, "Vendor")) {
            if (name.equalsIgnoreCase(LightspeedJson.optionalText(vendor, "name"))) {
                return LightspeedJson.text(vendor, "vendorID", "vendor");
            }
        }
        return null;
    }

    /** The item with this SKU, its ItemShops loaded; null when there is none. */
    private JsonNode item(String sku) throws ConnectorException {
        JsonNode found = first(api.get("Item", accountPath + "/Item.json?customSku=" + encode(sku) + "&" + ITEM_SHOPS),
                "Item", "customSku", sku);
        if (found == null && sku.matches("\\d+")) {
            found = first(api.get("Item", accountPath + "/Item.json?systemSku=" + sku + "&" + ITEM_SHOPS), "Item",
                    "systemSku", sku);
        }
        if (found == null && sku.matches("\\d+")) {
            try {
                found = first(api.get("Item", accountPath + "/Item/" + sku + ".json?" + ITEM_SHOPS), "Item");
            } catch (LightspeedRefusal notFound) {
                if (notFound.status() != 404) {
                    throw notFound;
                }
            }
        }
        return found;
    }

    private boolean isShop(String shop) throws ConnectorException {
        if (knownShops.contains(shop)) {
            return true;
        }
        if (!shop.matches("\\d+") || shop.equals("0")) {
            return false;
        }
        try {
            api.get("Shop", accountPath + "/Shop/" + shop + ".json");
        } catch (LightspeedRefusal notFound) {
            if (notFound.status() == 404) {
                return false;
            }
            throw notFound;
        }
        knownShops.add(shop);
        return true;
    }

    private static JsonNode first(JsonNode answer, String field) {
        List<JsonNode> elements = LightspeedJson.elements(answer, field);
        return elements.isEmpty() ? null : elements.get(0);
    }

    /** The first element whose {@code key} is exactly {@code value}: a query may match more loosely. */
    private static JsonNode first(JsonNode answer, String field, String key, String value) {
        for (JsonNode element : LightspeedJson.elements(answer, field)) {
            if (value.equals(LightspeedJson.optionalText(element, key))) {
                return element;
            }
        }
        return null;
    }

    private static boolean isDefault(JsonNode level) {
        return "Default".equals(LightspeedJson.optionalText(level, "useType"))
                || "1".equals(LightspeedJson.optionalText(level, "useTypeID"));
    }

    private static String noItem(String sku) {
        return "Lightspeed has no item with SKU " + sku;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What a change came to, and what the ledger notes of it. */
    private record Applied(ExecutionResult outcome, String what) {

        static Applied done(String what) {
            return new Applied(ExecutionResult.applied(), what);
        }

        static Applied refused(String reason) {
            return new Applied(ExecutionResult.refused(reason), null);
        }
    }
}
