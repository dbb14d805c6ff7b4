package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.WriteBackSupport;
import java.time.Clock;

/**
 * Approved changes applied at a Square location, each request carrying the action's idempotency
 * key as Square's {@code idempotency_key}:
 *
 * <ul>
 *   <li>a new regular price: the variation's price override for this location (UpsertCatalogObject);
 *   <li>a stock adjustment: an inventory ADJUSTMENT, into IN_STOCK from NONE, or out of it to
 *       WASTE (BatchChangeInventory).
 * </ul>
 *
 * A key Square has seen with another body (the same action sent again after a crash, its body
 * rebuilt) is IDEMPOTENCY_KEY_REUSED: it was applied. Timed prices, per-item discounts and
 * purchase orders are refused ({@link WriteBackSupport#SQUARE}): Square's API has no call that does
 * exactly that.
 */
final class SquareWriteBack {

    private static final String UPSERT = "UpsertCatalogObject";
    private static final String CHANGE_INVENTORY = "BatchChangeInventory";

    private final SquareApi api;
    private final String locationId;
    private final Clock clock;

    SquareWriteBack(SquareApi api, String locationId, Clock clock) {
        this.api = api;
        this.locationId = locationId;
        this.clock = clock;
    }

    ExecutionResult execute(ActionCommand command) throws ConnectorException {
        ChangeKind kind = ChangeKind.of(command.change());
        if (!WriteBackSupport.SQUARE.applies(kind)) {
            return WriteBackSupport.SQUARE.refusal(kind);
        }
        if (!locationId.equals(command.storeExternalId())) {
            return ExecutionResult.refused("This Square connection is for location " + locationId + ", not "
                    + command.storeExternalId());
        }
        try {
            if (command.change() instanceof ActionCommand.PermanentPrice price) {
                return price(command.idempotencyKey(), price);
            }
            if (command.change() instanceof ActionCommand.StockAdjustment adjustment) {
                return adjust(command.idempotencyKey(), adjustment);
            }
        } catch (SquareRefusal refusal) {
            if (refusal.has("IDEMPOTENCY_KEY_REUSED")) {
                return ExecutionResult.alreadyApplied();
            }
            if (refusal.status() == 409 || refusal.has("CONFLICT") || refusal.has("VERSION_MISMATCH")) {
                throw refusal;  // someone changed the object meanwhile: worth sending again
            }
            return ExecutionResult.refused(refusal.getMessage());
        }
        throw new IllegalStateException("WriteBackSupport.SQUARE declares " + kind + " without code for it");
    }

    private ExecutionResult price(String key, ActionCommand.PermanentPrice price) throws ConnectorException {
        ObjectNode variation = variation(price.sku());
        if (variation == null) {
            return ExecutionResult.refused("Square has no item variation with SKU " + price.sku());
        }
        ObjectNode data = (ObjectNode) variation.get("item_variation_data");
        String currency = data.path("price_money").path("currency").asText("");
        ArrayNode overrides = data.withArray("location_overrides");
        ObjectNode override = null;
        for (JsonNode existing : overrides) {
            if (locationId.equals(existing.path("location_id").asText())) {
                override = (ObjectNode) existing;
            }
        }
        if (override == null) {
            override = overrides.addObject().put("location_id", locationId);
        } else if (override.path("price_money").path("amount").asLong(-1) == price.priceMinor()) {
            return ExecutionResult.alreadyApplied();
        }
        if (currency.isEmpty()) {
            currency = override.path("price_money").path("currency").asText("");
        }
        if (currency.isEmpty()) {
            return ExecutionResult.refused("Square's variation " + variation.path("id").asText()
                    + " has no price currency; it is priced at the till");
        }
        override.put("pricing_type", "FIXED_PRICING");
        override.putObject("price_money").put("amount", price.priceMinor()).put("currency", currency);
        ObjectNode body = SquareApi.object().put("idempotency_key", key);
        body.set("object", variation);
        api.post(UPSERT, "/v2/catalog/object", body);
        return ExecutionResult.applied();
    }

    private ExecutionResult adjust(String key, ActionCommand.StockAdjustment adjustment) throws ConnectorException {
        if (adjustment.delta().signum() == 0) {
            return ExecutionResult.applied();
        }
        ObjectNode variation = variation(adjustment.sku());
        if (variation == null) {
            return ExecutionResult.refused("Square has no item variation with SKU " + adjustment.sku());
        }
        boolean in = adjustment.delta().signum() > 0;
        ObjectNode body = SquareApi.object().put("idempotency_key", key);
        ObjectNode change = body.putArray("changes").addObject().put("type", "ADJUSTMENT");
        change.putObject("adjustment")
                .put("from_state", in ? "NONE" : "IN_STOCK")
                .put("to_state", in ? "IN_STOCK" : "WASTE")
                .put("location_id", locationId)
                .put("catalog_object_id", variation.path("id").asText())
                .put("quantity", adjustment.delta().abs().stripTrailingZeros().toPlainString())
                .put("occurred_at", clock.instant().toString());
        api.post(CHANGE_INVENTORY, "/v2/inventory/changes/batch-create", body);
        return ExecutionResult.applied();
    }

    /**
     * The variation with this SKU, or, as the catalog mapping names a variation without a SKU by its
     * id, the variation with this id; null when there is none.
     */
    private ObjectNode variation(String sku) throws ConnectorException {
        ObjectNode search = SquareApi.object();
        search.putArray("object_types").add("ITEM_VARIATION");
        search.putObject("query").putObject("exact_query").put("attribute_name", "sku").put("attribute_value", sku);
        for (JsonNode found : api.post("SearchCatalogObjects", "/v2/catalog/search", search).path("objects")) {
            if (found.isObject() && found.path("item_variation_data").isObject()) {
                return (ObjectNode) found;
            }
        }
        if (!sku.matches("[A-Za-z0-9_-]+")) {
            return null;  // not a Square id either
        }
        try {
            JsonNode byId = api.get("RetrieveCatalogObject", "/v2/catalog/object/" + sku).path("object");
            return "ITEM_VARIATION".equals(byId.path("type").asText()) && byId.path("item_variation_data").isObject()
                    ? (ObjectNode) byId : null;
        } catch (SquareRefusal notFound) {
            if (notFound.status() == 404) {
                return null;
            }
            throw notFound;
        }
    }
}
