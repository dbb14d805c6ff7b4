package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.WriteBackSupport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Approved changes applied at a Shopify location:
 *
 * <ul>
 *   <li>a stock adjustment: inventoryAdjustQuantities on the {@code available} quantity with the
 *       reason {@code correction}, carrying the action's idempotency key in Shopify's
 *       {@code @idempotent} directive (Shopify answers a repeat with the first call's result) and
 *       in the reference document URI, which the admin's inventory history shows;
 *   <li>a new regular price: productVariantsBulkUpdate of the variant's price. Shopify takes no key
 *       there; setting a price is idempotent by itself, and a price already in place is reported as
 *       applied before.
 * </ul>
 *
 * A Shopify price is the shop's, for every location, so a price change applies shop-wide. Discounts,
 * timed prices and purchase orders are refused ({@link WriteBackSupport#SHOPIFY}): this connector
 * does not write Shopify discounts, and Shopify has no purchase orders.
 */
final class ShopifyWriteBack {

    private static final String FIND = "VariantBySku";
    private static final String FIND_BY_ID = "VariantById";
    private static final String ADJUST = "InventoryAdjustQuantities";
    private static final String PRICE = "ProductVariantsBulkUpdate";

    private static final String VARIANT_FIELDS = "id sku price product { id } inventoryItem { id }";
    private static final String FIND_DOCUMENT = "query " + FIND + "($query: String!) {\n"
            + "  shop { currencyCode }\n"
            + "  productVariants(first: 10, query: $query) { nodes { " + VARIANT_FIELDS + " } }\n}";
    private static final String FIND_BY_ID_DOCUMENT = "query " + FIND_BY_ID + "($id: ID!) {\n"
            + "  shop { currencyCode }\n"
            + "  productVariant(id: $id) { " + VARIANT_FIELDS + " }\n}";
    private static final String PRICE_DOCUMENT = """
            mutation ProductVariantsBulkUpdate($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
              productVariantsBulkUpdate(productId: $productId, variants: $variants) {
                productVariants { id price }
                userErrors { field message code }
              }
            }""";

    private final ShopifyApi api;
    private final String locationId;

    ShopifyWriteBack(ShopifyApi api, String locationId) {
        this.api = api;
        this.locationId = locationId;
    }

    ExecutionResult execute(ActionCommand command) throws ConnectorException {
        ChangeKind kind = ChangeKind.of(command.change());
        if (!WriteBackSupport.SHOPIFY.applies(kind)) {
            return WriteBackSupport.SHOPIFY.refusal(kind);
        }
        String store = command.storeExternalId();
        if (!locationId.equals(store) && !locationId.endsWith("/" + store)) {
            return ExecutionResult.refused("This Shopify connection is for location " + locationId + ", not " + store);
        }
        try {
            if (command.change() instanceof ActionCommand.PermanentPrice price) {
                return price(price);
            }
            if (command.change() instanceof ActionCommand.StockAdjustment adjustment) {
                return adjust(command.idempotencyKey(), adjustment);
            }
        } catch (ShopifyRefusal refusal) {
            if (refusal.messageKey().equals("pos.error.rejected")) {
                return ExecutionResult.refused(refusal.getMessage());
            }
            throw refusal;  // a missing scope, an outage or the rate limit: worth sending again later
        }
        throw new IllegalStateException("WriteBackSupport.SHOPIFY declares " + kind + " without code for it");
    }

    private ExecutionResult price(ActionCommand.PermanentPrice price) throws ConnectorException {
        Found found = variant(price.sku());
        if (found == null) {
            return ExecutionResult.refused("Shopify has no product variant with SKU " + price.sku());
        }
        BigDecimal amount = BigDecimal.valueOf(price.priceMinor(),
                Math.max(0, found.currency.getDefaultFractionDigits()));
        if (found.variant.path("price").isTextual()
                && new BigDecimal(found.variant.path("price").asText()).compareTo(amount) == 0) {
            return ExecutionResult.alreadyApplied();
        }
        ObjectNode variables = ShopifyApi.object()
                .put("productId", found.variant.path("product").path("id").asText());
        variables.putArray("variants").addObject().put("id", found.variant.path("id").asText())
                .put("price", amount.toPlainString());
        JsonNode payload = api.query(PRICE, PRICE_DOCUMENT, variables).path("productVariantsBulkUpdate");
        return applied(PRICE, payload);
    }

    private ExecutionResult adjust(String key, ActionCommand.StockAdjustment adjustment) throws ConnectorException {
        if (adjustment.delta().signum() == 0) {
            return ExecutionResult.applied();
        }
        int delta;
        try {
            delta = adjustment.delta().intValueExact();
        } catch (ArithmeticException e) {
            return ExecutionResult.refused("Shopify counts stock in whole units; cannot adjust by " + adjustment.delta());
        }
        Found found = variant(adjustment.sku());
        if (found == null) {
            return ExecutionResult.refused("Shopify has no product variant with SKU " + adjustment.sku());
        }
        ObjectNode input = ShopifyApi.object().put("reason", "correction").put("name", "available")
                .put("referenceDocumentUri", "gid://storedesk/StockAdjustment/" + safeKey(key));
        input.putArray("changes").addObject().put("delta", delta)
                .put("inventoryItemId", found.variant.path("inventoryItem").path("id").asText())
                .put("locationId", locationId);
        ObjectNode variables = ShopifyApi.object();
        variables.set("input", input);
        JsonNode payload = api.query(ADJUST, adjustDocument(key), variables).path("inventoryAdjustQuantities");
        return applied(ADJUST, payload);
    }

    /** Shopify documents the key as a literal argument of the directive on the mutation field. */
    static String adjustDocument(String key) {
        return "mutation " + ADJUST + "($input: InventoryAdjustQuantitiesInput!) {\n"
                + "  inventoryAdjustQuantities(input: $input) @idempotent(key: \"" + safeKey(key) + "\") {\n"
                + "    inventoryAdjustmentGroup { id reason referenceDocumentUri }\n"
                + "    userErrors { field message code }\n"
                + "  }\n}";
    }

    /** The key as it is, when it needs no quoting; else a UUID derived from it, the same every time. */
    static String safeKey(String key) {
        return key.matches("[A-Za-z0-9._:-]{1,200}") ? key
                : UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ExecutionResult applied(String operation, JsonNode payload) throws ConnectorException {
        List<String> codes = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode error : payload.path("userErrors")) {
            codes.add(error.path("code").asText("UNKNOWN"));
            messages.add(error.path("message").asText(""));
        }
        if (codes.isEmpty()) {
            return ExecutionResult.applied();
        }
        if (codes.contains("IDEMPOTENCY_CONCURRENT_REQUEST")) {
            // The same key is being applied right now: the outbox sends it again later.
            throw new ConnectorException("pos.error.rejected", "Shopify " + operation
                    + ": a request with this idempotency key is still in progress", null);
        }
        return ExecutionResult.refused("Shopify " + operation + " refused: " + codes + " " + messages);
    }

    /**
     * The variant with this SKU, or, as products without a SKU are known by their variant's id, the
     * variant with this id; null when there is none.
     */
    private Found variant(String sku) throws ConnectorException {
        JsonNode data;
        JsonNode variant;
        if (sku.startsWith("gid://shopify/ProductVariant/")) {
            data = api.query(FIND_BY_ID, FIND_BY_ID_DOCUMENT, ShopifyApi.object().put("id", sku));
            variant = data.path("productVariant");
        } else {
            data = api.query(FIND, FIND_DOCUMENT, ShopifyApi.object().put("query", "sku:\"" + sku.replace("\"", "\\\"")
                    + "\""));
            variant = null;
            for (JsonNode candidate : data.path("productVariants").path("nodes")) {
                if (sku.equals(candidate.path("sku").asText())) {
                    variant = candidate;  // the search also matches SKUs that merely start alike
                    break;
                }
            }
        }
        if (variant == null || !variant.isObject()) {
            return null;
        }
        try {
            return new Found(variant, Currency.getInstance(data.path("shop").path("currencyCode").asText()));
        } catch (IllegalArgumentException e) {
            throw ShopifyApi.malformed(FIND, "answered without the shop's currency", null);
        }
    }

    private record Found(JsonNode variant, Currency currency) {
    }
}
